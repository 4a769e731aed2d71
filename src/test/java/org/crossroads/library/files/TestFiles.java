package org.crossroads.library.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Document files made in the test, as the programs that write them would: PDFs with PDFBox (one of them encrypted),
 * DOCX, XLSX and PPTX with POI, an ODT and hostile ZIPs with java.util.zip.
 */
public final class TestFiles {

    private TestFiles() {}

    /** A PDF with one page per text (Helvetica: Latin letters only). */
    public static byte[] pdf(String... pages) {
        try (PDDocument pdf = new PDDocument()) {
            write(pdf, pages);
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that needs a password to open. */
    public static byte[] encryptedPdf(String text) {
        try (PDDocument pdf = new PDDocument()) {
            write(pdf, text);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDDocument pdf, String... pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (String text : pages) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.setLeading(14);
                content.newLineAtOffset(50, 740);
                for (String line : wrap(text, 90)) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines.size() > 50 ? lines.subList(0, 50) : lines;
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    /** A DOCX with one page per text (page breaks between), stating its page count as a word processor does. */
    public static byte[] docx(String... pages) {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < pages.length; i++) {
                XWPFParagraph paragraph = doc.createParagraph();
                paragraph.createRun().setText(pages[i]);
                if (i < pages.length - 1) {
                    paragraph.createRun().addBreak(BreakType.PAGE);
                }
            }
            doc.getProperties().getExtendedProperties().getUnderlyingProperties().setPages(pages.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx(String... cells) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Data");
            for (int i = 0; i < cells.length; i++) {
                sheet.createRow(i).createCell(0).setCellValue(cells[i]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pptx(String... slides) {
        try (XMLSlideShow show = new XMLSlideShow()) {
            for (String text : slides) {
                XSLFTextBox box = show.createSlide().createTextBox();
                box.setAnchor(new java.awt.geom.Rectangle2D.Double(50, 50, 600, 300));
                box.setText(text);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            show.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument text: the uncompressed "mimetype" entry first, then the content and the manifest. */
    public static byte[] odt(String text) {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:text><text:p>%s</text:p></office:text></office:body></office:document-content>
                """.formatted(text.replace("&", "&amp;").replace("<", "&lt;")).strip();
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.strip();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "content.xml", content.getBytes(StandardCharsets.UTF_8));
            entry(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] html(String title, String body) {
        return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><p>" + body
                + "</p><script>alert(document.cookie)</script></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** A real DOCX with one more part that unpacks to {@code megabytes} MB of spaces (a few KB packed). */
    public static byte[] docxBomb(int megabytes) {
        return withExtraPart(docx("An innocent first page."), "word/media/padding.xml", megabytes);
    }

    /** A DOCX whose main text is {@code characters} letters: each part is small, but the text it unpacks to is huge. */
    public static byte[] docxTextBomb(int characters) {
        byte[] docx = docx("PLACEHOLDER");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int at = xml.indexOf("PLACEHOLDER");
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] letters = new byte[1 << 20];
                    Arrays.fill(letters, (byte) 'a');
                    for (int written = 0; written < characters; written += letters.length) {
                        zip.write(letters, 0, Math.min(letters.length, characters - written));
                    }
                    zip.write(xml.substring(at + "PLACEHOLDER".length()).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                } else {
                    entry(zip, e.getName(), bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] withExtraPart(byte[] zipBytes, String name, int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entry(zip, e.getName(), in.readAllBytes());
            }
            zip.putNextEntry(new ZipEntry(name));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A DOCX encrypted with a password, as Word saves it (agile encryption in an OLE2 container). */
    public static byte[] encryptedDocx(String text) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx(text));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain ZIP archive (not a document). */
    public static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "notes.txt", "Some notes".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Starts like a PDF, then nothing a reader can use. */
    public static byte[] brokenPdf() {
        return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ngarbage that is not a PDF at all\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
