package org.crossroads.network.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.crossroads.shared.vocabulary.Term;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every explanation matching can give has its words in the four languages: the fixed factor keys and those made
 * from a vocabulary code (a route role for every {@code city_role}, a size for every known {@code size_class}), so a
 * code added to the vocabulary without its sentence fails here rather than on a page.
 */
class FactorMessagesTest {

    static final List<String> FIXED = List.of("initiative", "initiativeUndated", "outcome", "inspired", "inspiredPractice", "offer", "offerConsent",
            "activity", "data", "themeData", "themesData", "anyData", "need", "language", "route", "region", "similarPercent",
            "similarRatio", "similarRate", "distance", "newTie", "newTieUnderConnected", "existingTie",
            "existingTieDirect", "tiedOnTheme", "tiedOnThemeDirect", "constraint.route", "constraint.south", "constraint.size",
            "constraint.distance", "constraint.language");

    @Test
    void everyFactorKeyIsWordedInEnglishFrenchArabicAndSpanish() throws IOException {
        Vocabularies vocabularies = new Vocabularies();
        List<String> keys = new ArrayList<>(FIXED);
        for (Term role : vocabularies.terms(Vocabularies.CITY_ROLE)) {
            keys.add("routeRole." + role.code());
            keys.add("challenge." + role.code());
        }
        for (Term size : vocabularies.terms(Vocabularies.SIZE_CLASS)) {
            if (!"unknown".equals(size.code())) { // an unknown size is never "the same size"
                keys.add("size." + size.code());
            }
        }
        for (String language : List.of("", "_fr", "_ar", "_es")) {
            Properties messages = new Properties();
            try (Reader in = new InputStreamReader(new ClassPathResource("messages/matching" + language + ".properties")
                    .getInputStream(), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            assertThat(keys).as("matching%s.properties", language)
                    .allSatisfy(k -> assertThat(messages.getProperty("matching.factor." + k)).as(k).isNotBlank());
        }
    }
}
