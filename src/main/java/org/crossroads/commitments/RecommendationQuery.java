package org.crossroads.commitments;

import java.util.Map;

/**
 * Which recommendations the register lists; null fields do not filter.
 *
 * @param takenUp true: those someone took up (by the uptakes the reader may see); false: those nobody has
 */
public record RecommendationQuery(String addressee, String theme, Long documentId, Boolean takenUp) {

    public static RecommendationQuery all() {
        return new RecommendationQuery(null, null, null, null);
    }

    /** The SQL conditions on alias {@code r}; {@code visibleUptake} is the condition on uptakes (alias {@code u}). */
    String where(String visibleUptake, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("true");
        if (addressee != null) {
            w.append(" and :qAddressee = any(r.addressees)");
            params.put("qAddressee", addressee);
        }
        if (theme != null) {
            w.append(" and :qTheme = any(r.themes)");
            params.put("qTheme", theme);
        }
        if (documentId != null) {
            w.append(" and r.document_id = :qDocument");
            params.put("qDocument", documentId);
        }
        if (takenUp != null) {
            w.append(takenUp ? " and " : " and not ").append("exists (select 1 from recommendation_uptake u where ")
                    .append("u.recommendation_id = r.id and ").append(visibleUptake).append(")");
        }
        return w.toString();
    }
}
