package org.crossroads.shared.web;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * PDF reports (donor reports, city migration profiles): an XHTML Thymeleaf template laid out by
 * openhtmltopdf, with the bundled DejaVu Sans font so accents and most scripts print. Every document
 * goes through ICU4J's bidi algorithm, Arabic shaping and line breaking (openhtmltopdf-rtl-support), so
 * Arabic letters join and right-to-left runs read in order, also inside an English or French report;
 * Arabic documents are laid out right to left (decision 0008).
 */
@Component
public class PdfDocuments {

    private final SpringTemplateEngine templates;

    PdfDocuments(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        Context context = new Context(locale);
        variables.forEach(context::setVariable);
        context.setVariable("rtl", "ar".equals(locale.getLanguage()));
        return layOut(templates.process(template, context), locale);
    }

    /**
     * The first PDF loads PDFBox, the fonts and ICU's shaping and line breaking: 8.5 s for the first city profile on a
     * cold start. One small Arabic and one English document laid out in the background once the platform is up take
     * that wait away from the first reader.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread warmUp = new Thread(() -> {
            for (String language : new String[] {"ar", "en"}) {
                layOut("<html><body><p>Crossroads مدن 2026</p></body></html>", Locale.forLanguageTag(language));
            }
        }, "pdf-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    private byte[] layOut(String xhtml, Locale locale) {
        boolean rtl = "ar".equals(locale.getLanguage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans");
            builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans",
                    700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
            builder.defaultTextDirection(rtl ? TextDirection.RTL : TextDirection.LTR);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
