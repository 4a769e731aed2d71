package org.crossroads.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every interface string exists in English, French, Arabic and Spanish, and templates hold none literally. */
class InterfaceLanguagesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> TRANSLATIONS = List.of("fr", "ar", "es");

    @Test
    void everyKeyIsTranslatedIntoEveryLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path english : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                String base = english.getFileName().toString().replace(".properties", "");
                Set<String> keys = keys(english);
                for (String language : TRANSLATIONS) {
                    Path translated = MESSAGES.resolve(base + "_" + language + ".properties");
                    Set<String> other = Files.exists(translated) ? keys(translated) : Set.of();
                    keys.stream().filter(k -> !other.contains(k)).forEach(k -> missing.add(language + ": " + k));
                    other.stream().filter(k -> !keys.contains(k)).forEach(k -> missing.add(language + " has extra key " + k));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void translationsAreNotLeftInEnglish() throws IOException {
        List<String> untranslated = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path english : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Properties en = load(english);
                Path arabic = MESSAGES.resolve(english.getFileName().toString().replace(".properties", "_ar.properties"));
                if (!Files.exists(arabic)) {
                    continue;
                }
                Properties ar = load(arabic);
                // Arabic differs from English in every sentence: an identical long value was not translated
                en.stringPropertyNames().stream()
                        .filter(k -> en.getProperty(k).length() > 12 && en.getProperty(k).equals(ar.getProperty(k)))
                        .forEach(k -> untranslated.add(k));
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
                doc.getAllElements().forEach(element -> element.textNodes().forEach(text -> {
                    String t = text.text().strip();
                    // acronyms of file formats (CSV, XLSX, HXL) are the same in every language
                    boolean acronym = t.matches("[A-Z0-9]{2,6}");
                    if (t.chars().anyMatch(Character::isLetter) && !acronym && !replacedByThymeleaf(element)) {
                        literals.add(TEMPLATES.relativize(template) + ": " + t);
                    }
                }));
            }
        }
        assertThat(literals).isEmpty();
    }

    private static boolean replacedByThymeleaf(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            // a page's <html th:replace="~{shared/layout…}"> only hands its parts to the layout: still check them
            boolean layoutCall = e.tagName().equals("html");
            if (e.hasAttr("th:text") || e.hasAttr("th:utext") || !layoutCall && e.hasAttr("th:replace") || e.hasAttr("th:insert")
                    || e.tagName().equals("script") || e.tagName().equals("style") || e.tagName().equals("title") && e.hasAttr("th:text")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> keys(Path file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
