package org.crossroads.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import org.crossroads.network.TieKind;
import org.junit.jupiter.api.Test;

/**
 * Every tie kind has what the pages need to show it: a colour of its own on the map and the graph view, and its
 * name in words (InterfaceLanguagesTest then checks the name in French, Arabic and Spanish). A kind added to
 * {@link TieKind} without them fails here.
 */
class TieKindsTest {

    @Test
    void everyKindHasItsOwnColourAndAName() throws IOException {
        Properties english = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/messages/network.properties"), StandardCharsets.UTF_8)) {
            english.load(r);
        }
        for (TieKind kind : TieKind.values()) {
            assertThat(NetworkViews.COLOURS).as("colour of %s", kind).containsKey(kind);
            assertThat(english.getProperty("network.kind." + kind.code())).as("name of %s", kind).isNotBlank();
        }
        assertThat(new HashSet<>(NetworkViews.COLOURS.values())).hasSize(TieKind.values().length);
    }
}
