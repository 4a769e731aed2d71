package org.crossroads.shared.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.crossroads.shared.web.Languages;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The help pages: Markdown written by the project (not by users), rendered to HTML once per topic and language. The
 * renderer escapes any raw HTML in the files all the same.
 */
@Service
public class HelpTopics {

    /** The topics, in the order the help index lists them. */
    public static final List<String> TOPICS = List.of("initiatives", "cities", "peer-learning", "data", "library", "network",
            "demonstration");

    /** A rendered page: its title, its HTML, and the language it is written in (English when not yet translated). */
    public record Page(String topic, String title, String html, String language) {

        public boolean untranslatedFor(Locale reader) {
            return !language.equals(reader.getLanguage());
        }
    }

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final Map<String, Optional<Page>> pages = new ConcurrentHashMap<>();

    /** The topic in the reader's language, else in English; empty for an unknown topic. */
    public Optional<Page> page(String topic, Locale reader) {
        if (!TOPICS.contains(topic)) {
            return Optional.empty();
        }
        return read(topic, Languages.supportedOrEnglish(reader).getLanguage()).or(() -> read(topic, "en"));
    }

    private Optional<Page> read(String topic, String language) {
        return pages.computeIfAbsent(language + "/" + topic, key -> {
            ClassPathResource file = new ClassPathResource("help/" + key + ".md");
            if (!file.exists()) {
                return Optional.empty();
            }
            try (InputStream in = file.getInputStream()) {
                Node document = parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                String title = topic;
                if (document.getFirstChild() instanceof Heading h && h.getLevel() == 1) {
                    title = text(h);
                    h.unlink(); // the page template writes the title as its h1
                }
                return Optional.of(new Page(topic, title, renderer.render(document), language));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String text(Node node) {
        StringBuilder s = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            s.append(child instanceof Text t ? t.getLiteral() : text(child));
        }
        return s.toString();
    }
}
