package org.crossroads.commitments;

import java.util.Map;

/**
 * Which pledges a list asks for; null fields do not filter.
 *
 * @param gcmObjective a GCM objective's code ("15")
 */
@org.springframework.modulith.NamedInterface("api")
public record PledgeQuery(Long frameworkId, Long placeId, Long organisationId, PledgeStatus status,
        String gcmObjective, String theme) {

    public static PledgeQuery all() {
        return new PledgeQuery(null, null, null, null, null, null);
    }

    public static PledgeQuery ofFramework(long frameworkId) {
        return new PledgeQuery(frameworkId, null, null, null, null, null);
    }

    public static PledgeQuery ofPlace(long placeId) {
        return new PledgeQuery(null, placeId, null, null, null, null);
    }

    /** The SQL conditions on alias {@code p} (after {@code where}), with their parameters added to {@code params}. */
    String where(Map<String, Object> params) {
        StringBuilder w = new StringBuilder("true");
        if (frameworkId != null) {
            w.append(" and p.framework_id = :qFramework");
            params.put("qFramework", frameworkId);
        }
        if (placeId != null) {
            w.append(" and exists (select 1 from pledge_party q where q.pledge_id = p.id and q.place_id = :qPlace)");
            params.put("qPlace", placeId);
        }
        if (organisationId != null) {
            w.append(" and exists (select 1 from pledge_party q where q.pledge_id = p.id and q.organisation_id = :qOrg)");
            params.put("qOrg", organisationId);
        }
        if (status != null) {
            w.append(" and p.status = :qStatus");
            params.put("qStatus", status.code());
        }
        if (gcmObjective != null) {
            w.append(" and :qGcm = any(p.gcm_objectives)");
            params.put("qGcm", gcmObjective);
        }
        if (theme != null) {
            w.append(" and :qTheme = any(p.themes)");
            params.put("qTheme", theme);
        }
        return w.toString();
    }
}
