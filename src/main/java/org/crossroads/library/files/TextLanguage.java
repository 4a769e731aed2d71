package org.crossroads.library.files;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The language a text is written in (ISO 639-1), with the n-gram profiles of Optimaize's language detector for the
 * interface languages and those of the cities the platform's networks work with. Only the opening of a long text is
 * read: a document's language shows in its first pages.
 */
final class TextLanguage {

    /** The languages told apart; a text in another language gets the nearest of these or none. */
    static final List<String> KNOWN = List.of("en", "fr", "ar", "es", "de", "it", "pt", "nl", "tr", "el", "ru", "fa", "ca");
    private static final int SAMPLE = 20_000;
    private static final double MINIMUM_PROBABILITY = 0.6;

    private static volatile TextLanguage instance;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    private TextLanguage() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readBuiltIn(KNOWN.stream().map(LdLocale::fromString).toList()))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Language profiles missing from the classpath", e);
        }
    }

    /** The profiles take a moment to load: loaded once, on first use. */
    static TextLanguage get() {
        if (instance == null) {
            synchronized (TextLanguage.class) {
                if (instance == null) {
                    instance = new TextLanguage();
                }
            }
        }
        return instance;
    }

    /** The text's language, or empty when it is too short or too mixed to tell. */
    Optional<String> of(CharSequence text) {
        CharSequence sample = text.length() > SAMPLE ? text.subSequence(0, SAMPLE) : text;
        if (sample.toString().isBlank()) {
            return Optional.empty();
        }
        // the most probable language, when it is clearly ahead (a report with an English abstract is still French)
        return detector.getProbabilities(texts.forText(sample)).stream().findFirst()
                .filter(best -> best.getProbability() >= MINIMUM_PROBABILITY)
                .map(best -> best.getLocale().getLanguage());
    }
}
