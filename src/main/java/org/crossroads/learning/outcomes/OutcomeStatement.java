package org.crossroads.learning.outcomes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.shared.vocabulary.ShownText;

/**
 * A harvested outcome: who changed what, when and where, why it matters, how the exchange contributed,
 * and where it stands in review (draft, substantiated by a peer or third party, validated by a
 * coordinator, or rejected). Places, the network, the inspiring initiative and events are referred to by id.
 *
 * <p>Who said it ({@link Attribution}) is hidden under the Chatham House rule: the statements that
 * {@link OutcomeHarvest} hands out carry it only for coordinators of the outcome's network and administrators.
 *
 * @param fromFollowUpSurvey drafted from a follow-up survey answer (which answer is not disclosed)
 * @param language the language description, significance and contribution are written in
 * @param translations the others: language → field (description, significance, contribution) → text
 */
@org.springframework.modulith.NamedInterface("api")
public record OutcomeStatement(long id, String status, String changeAgent, String changeType, String description,
        LocalDate observedOn, Long placeId, String significance, String contribution, String evidence,
        boolean chathamHouse, Attribution attribution, Long inspiredByPlaceId, Long inspiredByInitiativeId,
        String inspiredByPractice, Long networkId, boolean fromFollowUpSurvey, List<Long> eventIds,
        List<Long> peerPlaceIds, List<CapabilityTag> capabilities, String substantiation,
        OffsetDateTime substantiatedAt, String validatedBy, OffsetDateTime validatedAt, String rejectedBy,
        OffsetDateTime rejectedAt, String rejectionReason, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        int version, String language, Map<String, Map<String, String>> translations) {

    /** The fields a statement's translations hold. */
    public static final List<String> TRANSLATED = List.of("description", "significance", "contribution");

    public static final String DRAFT = "draft";
    public static final String SUBSTANTIATED = "substantiated";
    public static final String VALIDATED = "validated";
    public static final String REJECTED = "rejected";
    /** Was validated, then withdrawn by a coordinator: out of every public view, kept with its history. */
    public static final String WITHDRAWN = "withdrawn";

    public OutcomeStatement {
        eventIds = List.copyOf(eventIds);
        peerPlaceIds = List.copyOf(peerPlaceIds);
        capabilities = List.copyOf(capabilities);
        language = language == null ? "en" : language;
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    /** What changed, in the reader's language where translated, else as written (pages mark which). */
    public ShownText shownDescription(Locale locale) {
        return ShownText.of(description, language, translations, "description", locale);
    }

    public ShownText shownSignificance(Locale locale) {
        return ShownText.of(significance, language, translations, "significance", locale);
    }

    public ShownText shownContribution(Locale locale) {
        return ShownText.of(contribution, language, translations, "contribution", locale);
    }

    public String description(Locale locale) {
        ShownText shown = shownDescription(locale);
        return shown == null ? null : shown.text();
    }

    /** A statement of the demonstration dataset (written by {@code DemonstrationData.AUTHOR}). */
    public boolean isDemonstration() {
        return org.crossroads.shared.demo.DemonstrationData.AUTHOR.equals(attribution.createdBy());
    }

    public boolean isValidated() {
        return VALIDATED.equals(status);
    }

    /** The same statement with who said it replaced by the Chatham House rule's neutral wording. */
    public OutcomeStatement withAttributionHidden() {
        return new OutcomeStatement(id, status, changeAgent, changeType, description, observedOn, placeId, significance,
                contribution, evidence, chathamHouse, Attribution.HIDDEN, inspiredByPlaceId, inspiredByInitiativeId,
                inspiredByPractice, networkId, fromFollowUpSurvey, eventIds, peerPlaceIds, capabilities, substantiation,
                substantiatedAt, validatedBy, validatedAt, rejectedBy, rejectedAt, rejectionReason, createdAt, updatedAt,
                version, language, translations);
    }

    /**
     * Who told us (source), who recorded the statement and who substantiated it. When {@code hidden}, the
     * three are null and every view says {@link #HIDDEN_SOURCE} and {@link #HIDDEN_PERSON} instead.
     */
    public record Attribution(String source, String createdBy, String substantiatedBy, boolean hidden) {

        /** Message key: "Under the Chatham House rule". */
        public static final String HIDDEN_SOURCE = "outcomes.chathamHouse.source";
        /** Message key: "A participant". */
        public static final String HIDDEN_PERSON = "outcomes.chathamHouse.person";

        static final Attribution HIDDEN = new Attribution(null, null, null, true);

        /** The message key to show instead of the source, or null when the source may be shown. */
        public String sourceKey() {
            return hidden ? HIDDEN_SOURCE : null;
        }

        /** The message key to show instead of a person's name, or null when names may be shown. */
        public String personKey() {
            return hidden ? HIDDEN_PERSON : null;
        }
    }

    /** A capability the change strengthened, at one level (individual, institutional or collective). */
    public record CapabilityTag(long capabilityId, String capability, String level) {

        @Override
        public String toString() {
            return capability + ":" + level;
        }
    }
}
