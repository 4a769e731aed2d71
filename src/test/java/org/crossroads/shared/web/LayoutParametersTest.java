package org.crossroads.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout's fragment parameters (today {@code title}, {@code content}, {@code scripts}) become local variables
 * while a page is rendered inside it, so they hide model attributes of the same name: a page that put its subject
 * into the model as {@code title} printed the layout's own {@code <title>} markup in its heading (the history pages
 * and the peer suggestions page did). No template may read, and no controller may set, a variable so named.
 */
class LayoutParametersTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noPageUsesAVariableNamedLikeALayoutParameter() throws IOException {
        List<String> parameters = layoutParameters();
        assertThat(parameters).as("the layout's parameters, read from its th:fragment").contains("title");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                if (file.endsWith(Path.of("shared/layout.html"))) {
                    continue;
                }
                for (String p : parameters) {
                    if (Pattern.compile("\\$\\{\\s*" + p + "\\s*[}.\\[]").matcher(text).find()) {
                        found.add(TEMPLATES.relativize(file) + " reads ${" + p + "}");
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                for (String p : parameters) {
                    if (text.contains("addAttribute(\"" + p + "\"")) {
                        found.add(SOURCES.relativize(file) + " sets the model attribute \"" + p + "\"");
                    }
                }
            }
        }
        assertThat(found).as("variables hidden by the layout's parameters " + parameters).isEmpty();
    }

    private static List<String> layoutParameters() throws IOException {
        String layout = Files.readString(TEMPLATES.resolve("shared/layout.html"));
        Matcher m = Pattern.compile("th:fragment=\"page\\(([^)]*)\\)\"").matcher(layout);
        assertThat(m.find()).as("the layout declares th:fragment=\"page(...)\"").isTrue();
        return Stream.of(m.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
