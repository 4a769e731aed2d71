package org.crossroads.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every message with a count takes the plural forms of each of the four languages (Arabic has zero,
 * one, two, few, many and other), renders for 0, 1, 2, 5, 11 and 100, and writes its digits 0–9; a
 * message that puts a count before a counted noun without plural forms fails.
 */
class PluralMessagesTest {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("ar"));
    static final int[] COUNTS = {0, 1, 2, 5, 11, 100};
    /** A number argument right before a counted noun ("{0} rows", "{0} member cities"): needs plural forms. */
    static final Pattern COUNT_WITHOUT_PLURAL = Pattern.compile("\\{\\d+}\\s+(?:[a-z]+\\s+)?(rows?|problems?|records?|values?"
            + "|cit(?:y|ies)|answers?|fields?|characters?|points?|features?|columns?|options?|versions?|items?|participants?"
            + "|delegates?|events?|initiatives?|people|persons?|days?|hours?|minutes?|messages?|files?|propert(?:y|ies)"
            + "|members?|invited|times?)\\b");
    static final Pattern OTHER_DIGITS = Pattern.compile("[\u0660-\u0669\u06F0-\u06F9]");

    static List<String> basenames;
    static IcuMessageSource messages;

    @BeforeAll
    static void readTheMessages() throws IOException {
        Properties application = load("application.properties");
        basenames = List.of(application.getProperty("spring.messages.basename").split(","));
        messages = new IcuMessageSource();
        messages.setBasenames(basenames.toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        ClassPathResource resource = new ClassPathResource(path);
        if (resource.exists()) {
            try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        return properties;
    }

    static Properties language(String basename, Locale language) throws IOException {
        return load(basename + (language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage()) + ".properties");
    }

    /** The plural (or select-ordinal) constructs of a pattern: argument number and its selectors. */
    record Plural(int argument, Set<String> selectors, String pattern) {

        static List<Plural> in(String pattern) {
            MessagePattern parts = parse(pattern);
            List<Plural> plurals = new ArrayList<>();
            for (int i = 0; i < parts.countParts(); i++) {
                MessagePattern.Part start = parts.getPart(i);
                if (start.getType() != MessagePattern.Part.Type.ARG_START || !start.getArgType().hasPluralStyle()) {
                    continue;
                }
                int limit = parts.getLimitPartIndex(i);
                Set<String> selectors = new LinkedHashSet<>();
                for (int j = i + 2; j < limit; j++) {
                    MessagePattern.Part part = parts.getPart(j);
                    if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        selectors.add(parts.getSubstring(part));
                    } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = parts.getLimitPartIndex(j); // a nested message's own plurals are listed on their own
                    }
                }
                plurals.add(new Plural(parts.getPart(i + 1).getValue(), selectors, pattern));
            }
            return plurals;
        }
    }

    @Test
    void everyMessageWithACountRendersInEveryLanguageFor0_1_2_5_11_100() throws IOException {
        Set<String> checked = new TreeSet<>();
        for (String basename : basenames) {
            Properties english = language(basename, Locale.ENGLISH);
            for (String key : english.stringPropertyNames()) {
                List<Plural> englishPlurals = Plural.in(english.getProperty(key));
                if (englishPlurals.isEmpty()) {
                    continue;
                }
                checked.add(key);
                Set<Integer> counts = new TreeSet<>(englishPlurals.stream().map(Plural::argument).toList());
                int arguments = maxArgument(english.getProperty(key)) + 1;
                for (Locale language : LANGUAGES) {
                    String pattern = language(basename, language).getProperty(key);
                    assertThat(pattern).as("%s in %s", key, language).isNotNull();
                    List<Plural> plurals = Plural.in(pattern);
                    assertThat(new TreeSet<>(plurals.stream().map(Plural::argument).toList())).as("%s in %s: counts with plural forms",
                            key, language).isEqualTo(counts);
                    PluralRules rules = PluralRules.forLocale(ULocale.forLocale(language));
                    for (int n : COUNTS) {
                        for (Plural plural : plurals) {
                            String form = rules.select(n);
                            assertThat(plural.selectors().contains(form) || plural.selectors().contains("=" + n))
                                    .as("%s in %s has no form \"%s\" for %d: %s", key, language, form, n, pattern).isTrue();
                        }
                        Object[] values = new Object[arguments];
                        for (int i = 0; i < arguments; i++) {
                            values[i] = counts.contains(i) ? (Object) n : "X";
                        }
                        String text = messages.getMessage(key, values, language);
                        assertThat(text).as("%s in %s for %d", key, language, n).doesNotContain("{", "}")
                                .doesNotContainPattern(OTHER_DIGITS);
                    }
                }
            }
        }
        assertThat(checked).as("messages with counts").contains("inventory.import.checkedProblems",
                "inventory.import.checkedKeepValid", "inventory.home.unknownSize", "import.file.tooManyRows").hasSizeGreaterThan(30);
    }

    @Test
    void noMessageWritesACountBeforeACountedNounWithoutPluralForms() throws IOException {
        List<String> withoutPlural = new ArrayList<>();
        for (String basename : basenames) {
            Properties english = language(basename, Locale.ENGLISH);
            for (String key : english.stringPropertyNames()) {
                Matcher m = COUNT_WITHOUT_PLURAL.matcher(english.getProperty(key));
                if (m.find()) {
                    withoutPlural.add(key + ": " + m.group());
                }
            }
        }
        assertThat(withoutPlural).as("write these counts as {0, plural, one{# row} other{# rows}}").isEmpty();
    }

    @Test
    void noMessageCountsWithAChoiceFormat() throws IOException {
        // a choice (0#…|1#…|1<…) cannot give Arabic its dual and its few and many forms
        List<String> choices = new ArrayList<>();
        for (String basename : basenames) {
            for (Locale language : LANGUAGES) {
                Properties messagesOfLanguage = language(basename, language);
                for (String key : messagesOfLanguage.stringPropertyNames()) {
                    MessagePattern parts = parse(messagesOfLanguage.getProperty(key));
                    for (int i = 0; i < parts.countParts(); i++) {
                        if (parts.getPart(i).getType() == MessagePattern.Part.Type.ARG_START
                                && parts.getPart(i).getArgType() == MessagePattern.ArgType.CHOICE) {
                            choices.add(key + " (" + language + ")");
                        }
                    }
                }
            }
        }
        assertThat(choices).isEmpty();
    }

    @Test
    void countsReadAsTextTakeTheGeneralFormAndKeepTheirText() {
        String pattern = "{0, plural, one{# city is} other{# cities are}} left out";
        assertThat(MessagePatterns.format(pattern, Locale.ENGLISH, 1)).isEqualTo("1 city is left out");
        assertThat(MessagePatterns.format(pattern, Locale.ENGLISH, "1")).isEqualTo("1 city is left out");
        assertThat(MessagePatterns.format(pattern, Locale.ENGLISH, "<5")).isEqualTo("<5 cities are left out");
        assertThat(MessagePatterns.format("{0, plural, zero{# مدينة} one{مدينة واحدة} two{مدينتان} few{# مدن} many{# مدينة} "
                + "other{# مدينة}}", Locale.forLanguageTag("ar"), 1234)).isEqualTo("1,234 مدينة");
    }

    /** The pattern's parts; a text that is not a pattern (never given arguments) has none. */
    static MessagePattern parse(String pattern) {
        try {
            return new MessagePattern(pattern);
        } catch (IllegalArgumentException e) {
            return new MessagePattern("");
        }
    }

    private static int maxArgument(String pattern) {
        MessagePattern parts = parse(pattern);
        int max = -1;
        for (int i = 0; i < parts.countParts(); i++) {
            if (parts.getPart(i).getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                max = Math.max(max, parts.getPart(i).getValue());
            }
        }
        return max;
    }
}
