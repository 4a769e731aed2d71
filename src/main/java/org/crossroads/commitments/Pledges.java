package org.crossroads.commitments;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.crossroads.shared.web.ListSort;
import org.springframework.stereotype.Service;

/**
 * Reading pledges as one reader may: a restricted pledge is found, listed and named only for those
 * {@link CommitmentPermissions} lets see it, and counted for everyone else through {@link StatusFigures}. Other modules
 * (search, peer matching, the inventory's GCM facet) read pledges through this class.
 */
@org.springframework.modulith.NamedInterface("api")
@Service
public class Pledges {

    private final PledgeStore store;
    private final CommitmentPermissions permissions;
    private final SmallCellSuppression rule;

    Pledges(PledgeStore store, CommitmentPermissions permissions, CommitmentSettings settings) {
        this.store = store;
        this.permissions = permissions;
        this.rule = new SmallCellSuppression(settings.smallCountThreshold());
    }

    /** The pledge, when it exists and this reader may see it. */
    public Optional<Pledge> find(long id, Optional<Editor> reader) {
        CommitmentPermissions.Scope scope = permissions.scope(reader);
        return store.find(id).filter(p -> permissions.maySee(p, scope));
    }

    /** One page of the pledges this reader may see, the latest status change first. */
    public List<Pledge> search(PledgeQuery query, Optional<Editor> reader, int limit, int offset) {
        return search(query, reader, ListSort.DATE, "en", limit, offset);
    }

    /** One page of the pledges this reader may see, in the order asked (names as read in {@code language}). */
    public List<Pledge> search(PledgeQuery query, Optional<Editor> reader, ListSort sort, String language, int limit,
            int offset) {
        Map<String, Object> params = new HashMap<>();
        return store.search(query, visible(reader, params), params, sort, language, limit, offset);
    }

    /** The ids of every pledge this reader may see, in the order asked (for a report that names only a page of them). */
    List<Long> ids(PledgeQuery query, Optional<Editor> reader, ListSort sort, String language) {
        Map<String, Object> params = new HashMap<>();
        return store.ids(query, visible(reader, params), params, sort, language);
    }

    public long count(PledgeQuery query, Optional<Editor> reader) {
        Map<String, Object> params = new HashMap<>();
        return store.count(query, visible(reader, params), params);
    }

    /** The history of a pledge the reader may see, oldest first; empty when they may not. */
    public List<StatusChange> history(long pledgeId, Optional<Editor> reader) {
        return find(pledgeId, reader).map(p -> store.history(pledgeId)).orElse(List.of());
    }

    /**
     * Pledges by status, now ({@code asOf} null) or as they stood on a day, restricted ones counted without being
     * named; exact only for readers who see every pledge.
     */
    public StatusFigures figures(PledgeQuery query, LocalDate asOf, Optional<Editor> reader) {
        return StatusFigures.of(store.statusCounts(query, asOf), rule, permissions.scope(reader).everything());
    }

    /** {@link #figures(PledgeQuery, LocalDate, Optional)} as they stood on each of several days, read at once. */
    public Map<LocalDate, StatusFigures> figuresAt(PledgeQuery query, Collection<LocalDate> days, Optional<Editor> reader) {
        boolean exact = permissions.scope(reader).everything();
        Map<LocalDate, StatusFigures> figures = new HashMap<>();
        store.statusCountsAt(query, days).forEach((day, counts) -> figures.put(day, StatusFigures.of(counts, rule, exact)));
        return figures;
    }

    /** Figures of counts already read (status → {public, restricted}), protected for this reader. */
    StatusFigures figures(Map<PledgeStatus, long[]> counts, Optional<Editor> reader) {
        return StatusFigures.of(counts, rule, permissions.scope(reader).everything());
    }

    /** Each pledge of a framework's status as it stood on a day (absent: not made yet). */
    public Map<Long, PledgeStatus> statusesAsOf(long frameworkId, LocalDate asOf) {
        return store.statusesAsOf(frameworkId, asOf);
    }

    /** GCM objective code → how many pledges this reader may see serve it. */
    public Map<String, Long> countsByGcmObjective(Optional<Editor> reader) {
        Map<String, Object> params = new HashMap<>();
        return store.countsByGcmObjective(visible(reader, params), params);
    }

    String visible(Optional<Editor> reader, Map<String, Object> params) {
        return permissions.visible("p", PledgeStore.PARTIES, "p.created_by", permissions.scope(reader), params);
    }
}
