package org.crossroads.commitments.web;

import org.crossroads.commitments.PledgeQuery;
import org.crossroads.commitments.PledgeStatus;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pledge list's filters as one request gives them, read the same way by the page, its files and the API: an
 * unknown status, objective or theme is a clear 400, not an empty list.
 */
record PledgeFilters(Long framework, Long city, String status, String gcm, String theme) {

    static PledgeFilters read(Long framework, Long city, String status, String gcm, String theme,
            Vocabularies vocabularies) {
        String s = blank(status);
        if (s != null && !PledgeStatus.isCode(s)) {
            throw new BadParameterException("status", "Unknown status " + s);
        }
        String g = blank(gcm);
        if (g != null && !vocabularies.contains(Vocabularies.GCM_OBJECTIVE, g)) {
            throw new BadParameterException("gcm", "Unknown GCM objective " + g);
        }
        String t = blank(theme);
        if (t != null && !vocabularies.contains(Vocabularies.THEME, t)) {
            throw new BadParameterException("theme", "Unknown theme " + t);
        }
        return new PledgeFilters(framework, city, s, g, t);
    }

    PledgeQuery query() {
        return new PledgeQuery(framework, city, null, status == null ? null : PledgeStatus.of(status), gcm, theme);
    }

    /** The filters as a query string ("?status=fulfilled&amp;theme=housing", or ""), for the links to the files. */
    String href() {
        String q = UriComponentsBuilder.newInstance().queryParamIfPresent("framework", java.util.Optional.ofNullable(framework))
                .queryParamIfPresent("city", java.util.Optional.ofNullable(city))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParamIfPresent("gcm", java.util.Optional.ofNullable(gcm))
                .queryParamIfPresent("theme", java.util.Optional.ofNullable(theme)).encode().build().toUriString();
        return q;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
