package org.crossroads.commitments.web;

import java.util.Optional;
import org.crossroads.commitments.Recommendation;
import org.crossroads.commitments.RecommendationQuery;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.springframework.web.util.UriComponentsBuilder;

/** The register's filters as one request gives them, read the same way by the page, its files and the API. */
record RecommendationFilters(String addressee, String theme, Long document, String taken) {

    static RecommendationFilters read(String addressee, String theme, Long document, String taken,
            Vocabularies vocabularies) {
        String a = PledgeFilters.blank(addressee);
        if (a != null && !Recommendation.ADDRESSEES.contains(a)) {
            throw new BadParameterException("addressee", "Unknown addressee " + a);
        }
        String t = PledgeFilters.blank(theme);
        if (t != null && !vocabularies.contains(Vocabularies.THEME, t)) {
            throw new BadParameterException("theme", "Unknown theme " + t);
        }
        String k = PledgeFilters.blank(taken);
        if (k != null && !k.equals("yes") && !k.equals("no")) {
            throw new BadParameterException("taken", "taken is yes or no");
        }
        return new RecommendationFilters(a, t, document, k);
    }

    RecommendationQuery query() {
        return new RecommendationQuery(addressee, theme, document, taken == null ? null : taken.equals("yes"));
    }

    /** The same filters, whether anyone took it up left open. */
    RecommendationQuery notTakenUp() {
        return new RecommendationQuery(addressee, theme, document, false);
    }

    /** The filters as a query string, or "". */
    String href() {
        return UriComponentsBuilder.newInstance().queryParamIfPresent("addressee", Optional.ofNullable(addressee))
                .queryParamIfPresent("theme", Optional.ofNullable(theme))
                .queryParamIfPresent("document", Optional.ofNullable(document))
                .queryParamIfPresent("taken", Optional.ofNullable(taken)).encode().build().toUriString();
    }
}
