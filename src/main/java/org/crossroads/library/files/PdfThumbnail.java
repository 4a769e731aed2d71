package org.crossroads.library.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The first page of a PDF as a small PNG, rendered with PDFBox at the resolution that gives the wanted width. */
final class PdfThumbnail {

    private PdfThumbnail() {}

    static byte[] firstPage(Path pdfFile, int width) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            PDRectangle box = pdf.getPage(0).getCropBox();
            float pageWidth = Math.max(1f, pdf.getPage(0).getRotation() % 180 == 0 ? box.getWidth() : box.getHeight());
            // 72 points to the inch: this resolution draws the page's width in `width` pixels (no page is drawn huge)
            float dpi = Math.min(150f, 72f * width / pageWidth);
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, dpi, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        }
    }
}
