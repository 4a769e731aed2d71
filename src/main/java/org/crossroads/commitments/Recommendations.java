package org.crossroads.commitments;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.crossroads.shared.web.ListSort;
import org.springframework.stereotype.Service;

/**
 * Reading recommendations and the register of their uptake. A restricted uptake is named only to those who may see it;
 * whether a recommendation was taken up is read from the uptakes the reader may see, so that a filter cannot reveal a
 * restricted one.
 */
@Service
public class Recommendations {

    private final RecommendationStore store;
    private final CommitmentPermissions permissions;
    private final SmallCellSuppression rule;

    Recommendations(RecommendationStore store, CommitmentPermissions permissions, CommitmentSettings settings) {
        this.store = store;
        this.permissions = permissions;
        this.rule = new SmallCellSuppression(settings.smallCountThreshold());
    }

    public Optional<Recommendation> find(long id, Optional<Editor> reader) {
        Map<String, Object> params = new HashMap<>();
        return store.find(id, visible(reader, params), params);
    }

    public List<Recommendation> search(RecommendationQuery query, Optional<Editor> reader, int limit, int offset) {
        return search(query, reader, ListSort.CHANGED, "en", limit, offset);
    }

    public List<Recommendation> search(RecommendationQuery query, Optional<Editor> reader, ListSort sort, String language,
            int limit, int offset) {
        Map<String, Object> params = new HashMap<>();
        return store.search(query, visible(reader, params), params, sort, language, limit, offset);
    }

    public long count(RecommendationQuery query, Optional<Editor> reader) {
        Map<String, Object> params = new HashMap<>();
        return store.count(query, visible(reader, params), params);
    }

    public List<Uptake> uptakes(long recommendationId, Optional<Editor> reader) {
        Map<String, Object> params = new HashMap<>();
        return store.uptakes(recommendationId, visible(reader, params), params);
    }

    /** The uptakes of one city this reader may see. */
    public List<Uptake> uptakesOf(long placeId, Optional<Editor> reader) {
        Map<String, Object> params = new HashMap<>();
        return store.uptakesOf(placeId, visible(reader, params), params);
    }

    /** Uptakes this reader is not shown (restricted ones), "&lt;5" when small. */
    public StatusFigures.Figure unnamedUptakes(long recommendationId, Optional<Editor> reader) {
        long unnamed = store.countUptakes(recommendationId) - uptakes(recommendationId, reader).size();
        boolean hide = !permissions.scope(reader).everything() && rule.isSmall(BigDecimal.valueOf(unnamed));
        return new StatusFigures.Figure(unnamed, hide ? SmallCellSuppression.Why.SMALL : null);
    }

    private String visible(Optional<Editor> reader, Map<String, Object> params) {
        return permissions.visible("u", RecommendationStore.PARTIES, "u.recorded_by", permissions.scope(reader), params);
    }
}
