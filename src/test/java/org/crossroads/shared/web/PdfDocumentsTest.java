package org.crossroads.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * PDF reports print Arabic joined and in reading order. PDFBox's text extraction turns the printed
 * line back into logical order (its own bidi pass) and folds Arabic presentation forms into plain
 * letters, so the tests read both that text and the raw glyphs as printed, left to right.
 */
class PdfDocumentsTest {

    private static final String TEMPLATE = """
            <html xmlns="http://www.w3.org/1999/xhtml" th:lang="${#locale.language}" th:dir="${rtl ? 'rtl' : 'ltr'}">
            <head><style>body { font-family: 'DejaVu Sans', sans-serif; }</style></head>
            <body><h1 th:text="${heading}">heading</h1><p th:text="${line}">line</p></body>
            </html>
            """;
    private static final String HEADING = "ملف الهجرة الخاص بـ";

    private final PdfDocuments pdfs = new PdfDocuments(inlineTemplates());

    @Test
    void arabicIsShapedAndReadsRightToLeft() throws IOException {
        byte[] pdf = pdfs.render(TEMPLATE, Map.of("heading", HEADING + " Sfax", "line", "2024"), Locale.forLanguageTag("ar"));

        assertThat(text(pdf)).contains(HEADING);
        // "ملف" printed left to right: final feh, medial lam, initial meem (unshaped it would be U+0645 U+0644 U+0641).
        assertThat(glyphs(pdf)).contains("\uFED2\uFEE0\uFEE3").doesNotContain("\u0645\u0644\u0641");
    }

    @Test
    void anArabicNameInAnEnglishReportIsShapedToo() throws IOException {
        byte[] pdf = pdfs.render(TEMPLATE, Map.of("heading", "Migration profile of صفاقس", "line", "Generated on 2024-05-01"),
                Locale.ENGLISH);

        String text = text(pdf);
        assertThat(text).contains("Migration profile of صفاقس", "Generated on 2024-05-01");
        // صفاقس printed left to right: final seen, initial qaf, final alef, medial feh, initial sad.
        assertThat(glyphs(pdf)).contains("\uFEB2\uFED7\uFE8E\uFED4\uFEBB");
    }

    @Test
    void latinReportsAreUnchanged() throws IOException {
        byte[] pdf = pdfs.render(TEMPLATE, Map.of("heading", "Profil migratoire de Kasserine", "line", "établi le 1 mai"),
                Locale.FRENCH);

        assertThat(text(pdf)).contains("Profil migratoire de Kasserine", "établi le 1 mai");
    }

    private static SpringTemplateEngine inlineTemplates() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** The text as PDFBox extracts it: logical order, presentation forms folded into letters. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The characters of the printed glyphs, left to right, before PDFBox reorders or folds them. */
    static String glyphs(byte[] pdf) throws IOException {
        StringBuilder glyphs = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(position -> glyphs.append(position.getUnicode()));
                }
            }.getText(document);
        }
        return glyphs.toString();
    }
}
