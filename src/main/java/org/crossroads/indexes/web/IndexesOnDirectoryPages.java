package org.crossroads.indexes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.indexes.IndexScores;
import org.crossroads.indexes.SelfAssessmentIndex;
import org.crossroads.directory.RelatedRecords;
import org.springframework.stereotype.Component;

/** Links a city's page to its results in the self-assessment indexes it submitted. */
@Component
class IndexesOnDirectoryPages implements RelatedRecords {

    private final IndexScores scores;
    private final IndexViews views;

    IndexesOnDirectoryPages(IndexScores scores, IndexViews views) {
        this.scores = scores;
        this.views = views;
    }

    @Override
    public List<Section> forPlace(long placeId, Locale locale) {
        if (!scores.hasResults(placeId)) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (Map.Entry<SelfAssessmentIndex, Map<Integer, List<String>>> e : scores.answeredBy(placeId).entrySet()) {
            List<String> answers = e.getValue().entrySet().stream().map(v -> views.message("indexes.index.cityAnswers", locale,
                    String.valueOf(v.getKey()), String.join(", ", v.getValue().stream().map(p -> views.period(p, locale))
                            .toList()))).toList();
            items.add(new Item(e.getKey().name().in(locale), "/cities/" + placeId + "/indexes/" + e.getKey().code(),
                    String.join(" · ", answers)));
        }
        return List.of(new Section("indexes.related.city", items));
    }

    @Override
    public List<Section> forOrganisation(long organisationId, Locale locale) {
        return List.of();
    }
}
