package org.crossroads.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every directory string is translated into the four interface languages, and every key used exists. */
class DirectoryMessagesTest {

    static final Path SOURCES = Path.of("src/main");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(directory\\.[A-Za-z.]+)");
    static final Pattern CODE_KEY = Pattern.compile("\"(directory\\.error\\.[A-Za-z.]+)\"");

    static Properties messages(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(DirectoryMessagesTest.class
                .getResourceAsStream("/messages/directory" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static Set<String> keysUsedIn(Path folder, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_ar", "_es"})
    void everyLanguageHasEveryKeyAndNothingElse(String suffix) throws IOException {
        Properties english = messages("");
        Properties translated = messages(suffix);
        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(translated.stringPropertyNames()).allSatisfy(key ->
                assertThat(translated.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyKeyThatTemplatesAndCodeUseExists() throws IOException {
        Set<String> used = keysUsedIn(SOURCES.resolve("resources/templates/directory"), TEMPLATE_KEY);
        used.addAll(keysUsedIn(SOURCES.resolve("java/org/crossroads/directory"), CODE_KEY));
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(messages("").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyHistoryActionHasALabel() throws IOException {
        assertThat(messages("").stringPropertyNames()).contains(Stream.of("created", "updated", "imported", "published", "removed")
                .map(a -> "directory.history.action." + a).toArray(String[]::new));
    }
}
