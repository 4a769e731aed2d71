package org.crossroads.network.matching;

import java.util.List;
import org.crossroads.network.Reason;

/**
 * One reason a peer is suggested (or left out), with what shows it. Pages and the API write {@link #reason()}
 * in the reader's language; the weight is the factor's part in the order of the suggestions (docs/network.md,
 * "Peer matching"), never added up into a published score.
 *
 * @param weight its contribution to the order; negative for what argues against (an existing tie), 0 for what
 *     is only said (a distance within the one asked, an exclusion)
 * @param evidence the records that show it, each one the reader may open
 */
public record Factor(Kind kind, double weight, List<Evidence> evidence, Reason reason) {

    public Factor {
        evidence = List.copyOf(evidence);
    }

    /** What the factor stands on. The code is the one the API writes. */
    public enum Kind {
        INITIATIVE, OUTCOME, INSPIRED, PLEDGE, OFFER, DATA, NEED, CHALLENGE, ACTIVITY, LANGUAGE, ROUTE_ROLE, SIZE, REGION, SIMILAR_FIGURES,
        DISTANCE, NEW_TIE, EXISTING_TIE, TIED_ON_THEME, CONSTRAINT;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A record that shows a factor, as the audit trail names records.
     *
     * @param record {@code initiative}, {@code outcome_statement}, {@code practice}, {@code pledge}, {@code offer_statement},
     *     {@code need_statement}, {@code indicator}, {@code organisation} or {@code place}; or {@code place_data}: a city's stored values
     *     (its id is the place's), for the indicators it publishes
     */
    public record Evidence(String record, long id, String name) {

        /** The page of the record, or null when it has none. */
        public String href() {
            return switch (record) {
                case "initiative" -> "/initiatives/" + id;
                case "outcome_statement" -> "/outcomes/" + id;
                case "practice" -> "/practices/" + id;
                case "pledge" -> "/pledges/" + id;
                case "offer_statement" -> "/offers/" + id;
                case "need_statement" -> "/needs/" + id;
                case "organisation" -> "/organisations/" + id;
                case "place" -> "/cities/" + id;
                case "place_data" -> "/data/values?place=" + id;
                default -> null;
            };
        }
    }

    static Factor of(Kind kind, double weight, List<Evidence> evidence, String key, Object... args) {
        return new Factor(kind, weight, evidence, Reason.of("matching.factor." + key, args));
    }
}
