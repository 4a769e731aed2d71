package org.crossroads.network.web;

import java.util.List;
import java.util.Locale;
import org.crossroads.network.Reason;
import org.crossroads.shared.vocabulary.LocalText;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the network module's reasons and labels in the reader's language, for the pages (as the bean
 * {@code networkTexts}) and the API.
 */
@Component("networkTexts")
public class NetworkTexts {

    private final MessageSource messages;
    private final Vocabularies vocabularies;

    private final org.crossroads.shared.vocabulary.WorldRegions regions;

    NetworkTexts(MessageSource messages, Vocabularies vocabularies, org.crossroads.shared.vocabulary.WorldRegions regions) {
        this.messages = messages;
        this.vocabularies = vocabularies;
        this.regions = regions;
    }

    /** A {@link Reason.Label} is written as its label, a {@link LocalText} in the reader's language. */
    public String reason(Reason reason, Locale locale) {
        Object[] args = reason.args().stream().map(a -> a instanceof Reason.Label label ? label(label, locale)
                : a instanceof LocalText text ? text.in(locale) : a).toArray();
        return messages.getMessage(reason.key(), args, locale);
    }

    /** The reasons joined as one sentence ("member of no network; one initiative; …"). */
    public String reasons(List<Reason> reasons, Locale locale) {
        return String.join(messages.getMessage("network.reason.separator", null, locale),
                reasons.stream().map(r -> reason(r, locale)).toList());
    }

    public String country(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    public String term(String vocabulary, String code, Locale locale) {
        return vocabularies.label(vocabulary, code, locale);
    }

    /** The kind of a tie in words ("twinning", "same network"…). */
    public String tieKind(org.crossroads.network.TieKind kind, Locale locale) {
        return messages.getMessage("network.kind." + kind.code(), null, locale);
    }

    /** A percentage with no decimals, in digits 0–9 in every language. */
    public String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public String decimal(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    /** "2026-12-06 23:40 UTC". */
    public static String utc(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                .format(instant.atZone(java.time.ZoneOffset.UTC));
    }

    private String label(Reason.Label label, Locale locale) {
        if ("country".equals(label.vocabulary())) {
            return country(label.code(), locale);
        }
        if ("language".equals(label.vocabulary())) {
            return Locale.forLanguageTag(label.code()).getDisplayLanguage(locale);
        }
        if ("region".equals(label.vocabulary())) {
            return regions.name(label.code(), locale);
        }
        String text = vocabularies.label(label.vocabulary(), label.code(), locale);
        // In French and Spanish a route's label is a common noun inside a sentence ("sur la route de …").
        boolean lower = ("fr".equals(locale.getLanguage()) || "es".equals(locale.getLanguage())) && !text.isEmpty();
        return lower ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }
}
