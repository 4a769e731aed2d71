package org.crossroads.shared.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crossroads.shared.vocabulary.MatchKey;
import org.crossroads.shared.vocabulary.Term;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * Vocabulary terms by their labels in every language: "jumelage", "hermanamiento" and "توأمة" name the
 * partnership kind twinning, and, being the parenthesised part of its labels, the activity type
 * city_partnership ("City partnerships (twinning)"). A phrase names a term when it is a whole label, the
 * label's main part or its parenthesised part, compared without plural "s" or the Arabic article "ال".
 */
@Component
class VocabularyNames implements NameSource {

    private static final Pattern PARENTHESISED = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$");
    private final Map<String, List<NameMatch>> byKey = new HashMap<>();

    VocabularyNames(Vocabularies vocabularies) {
        for (String vocabulary : vocabularies.names()) {
            for (Term term : vocabularies.terms(vocabulary)) {
                Set<String> names = new LinkedHashSet<>();
                term.labels().values().stream().filter(l -> !l.isBlank()).forEach(l -> names.addAll(parts(l)));
                NameMatch match = new NameMatch(vocabulary, term.code(), term.labels().getOrDefault("en", term.code()), names);
                Set<String> keys = new LinkedHashSet<>();
                term.labels().values().stream().filter(l -> !l.isBlank()).forEach(l -> {
                    keys.add(light(MatchKey.of(l)));
                    parts(l).forEach(p -> keys.add(light(MatchKey.of(p))));
                });
                keys.stream().filter(k -> !k.isBlank()).forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(match));
            }
        }
    }

    @Override
    public List<NameMatch> matching(String phraseKey) {
        return byKey.getOrDefault(light(phraseKey), List.of());
    }

    /** "City partnerships (twinning)" → "City partnerships", "twinning". */
    static List<String> parts(String label) {
        Matcher m = PARENTHESISED.matcher(label.strip());
        if (m.matches() && !m.group(1).isBlank() && !m.group(2).isBlank()) {
            return List.of(m.group(1).strip(), m.group(2).strip());
        }
        return List.of(label.strip());
    }

    /** Words without a plural "s" or the Arabic article, so that singular and plural, with or without it, compare equal. */
    static String light(String key) {
        return Arrays.stream(key.split(" ")).map(VocabularyNames::lightWord).collect(Collectors.joining(" "));
    }

    private static String lightWord(String word) {
        if (word.startsWith("ال") && word.length() >= 5) {
            return word.substring(2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
