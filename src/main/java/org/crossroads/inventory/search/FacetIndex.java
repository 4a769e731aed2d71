package org.crossroads.inventory.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.crossroads.shared.search.Postings;
import org.crossroads.shared.search.WordQuery;

/**
 * An in-memory index of the published initiatives for faceted search. Each initiative has a slot; per facet value,
 * per word of its search text and per organisation it names, the index lists the slots (shared.search's Postings:
 * compressed bitmaps, where a bit set per value cost 12 kB for each of 20,000 cities). A query's matches are a bit set of live slots:
 * filters OR the lists of a facet's selected values and AND facets; each value's count is how many of its slots are in
 * the scope. A few milliseconds for 100,000 initiatives. The database stays the record of truth; this index is rebuilt
 * from it at start and kept current by change events (see docs/decisions/0004-in-memory-facet-index.md).
 */
final class FacetIndex {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Per slot its id and sort key (what is left of an IndexedInitiative once its values are in the lists). */
    private final List<IndexedInitiative> slots = new ArrayList<>();
    private final Map<Long, Integer> slotById = new HashMap<>();
    private final Map<Facet, Postings> values = new EnumMap<>(Facet.class);
    private final Postings words = Postings.lookedUp();
    private final Postings organisations = Postings.lookedUp();
    private final BitSet live = new BitSet();
    /** Slots ordered by sort key: results are read in this order. */
    private int[] order = new int[0];

    void replaceAll(Collection<IndexedInitiative> initiatives) {
        lock.writeLock().lock();
        try {
            slots.clear();
            slotById.clear();
            values.clear();
            words.clear();
            organisations.clear();
            live.clear();
            initiatives.forEach(this::add);
            reorder();
            values.values().forEach(Postings::compact);
            words.compact();
            organisations.compact();
        } finally {
            lock.writeLock().unlock();
        }
    }

    void upsert(IndexedInitiative initiative) {
        lock.writeLock().lock();
        try {
            removeSlot(initiative.id());
            insertInOrder(add(initiative));
        } finally {
            lock.writeLock().unlock();
        }
    }

    void remove(long id) {
        lock.writeLock().lock();
        try {
            removeSlot(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return live.cardinality();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The ids of the initiatives matching every concept (in no particular order): a concept is met by the words of its
     * tsquery or by naming one of its records. Read in memory: in PostgreSQL a common word's matches are re-checked
     * row by row (0.3 s for "housing" over 100,000 initiatives).
     */
    List<Long> matchingIds(List<ConceptCondition> concepts) {
        return idsOf(matching(concepts));
    }

    /** Like {@link #matchingIds}, as the index's slots (valid for later queries: slots are never reused). */
    BitSet matching(List<ConceptCondition> concepts) {
        lock.readLock().lock();
        try {
            BitSet found = (BitSet) live.clone();
            for (ConceptCondition concept : concepts) {
                BitSet met = WordQuery.matching(concept.tsquery(), words, live);
                met.or(union(Facet.CITY, concept.placeIds()));
                met.or(union(Facet.ACTIVITY_TYPE, concept.activityTypes()));
                met.or(union(Facet.THEME, concept.themes()));
                met.or(organisations.anyOf(concept.organisationIds().stream().map(String::valueOf).toList()));
                found.and(met);
            }
            return found;
        } finally {
            lock.readLock().unlock();
        }
    }

    List<Long> idsOf(BitSet found) {
        lock.readLock().lock();
        try {
            List<Long> ids = new ArrayList<>(found.cardinality());
            for (int slot = found.nextSetBit(0); slot >= 0; slot = found.nextSetBit(slot + 1)) {
                ids.add(slots.get(slot).id());
            }
            return ids;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * @param textMatches ids matching the free text, or null when there is no text
     */
    FacetCounts query(SearchQuery query, TextMatches textMatches) {
        lock.readLock().lock();
        try {
            BitSet base = (BitSet) live.clone();
            if (textMatches != null) {
                base.and(textMatches.slots() != null ? textMatches.slots() : slotsOf(textMatches.ids()));
            }
            Map<Facet, BitSet> selections = new EnumMap<>(Facet.class);
            query.filters().forEach((facet, selected) -> selections.put(facet, union(facet, selected)));
            BitSet result = (BitSet) base.clone();
            selections.values().forEach(result::and);
            Map<Facet, Map<String, Integer>> counts = new EnumMap<>(Facet.class);
            // a facet without a selection of its own counts within the result: those are counted in one walk
            List<Facet> unselected = new ArrayList<>();
            for (Facet facet : Facet.values()) {
                if (!query.counted().contains(facet)) {
                    continue;
                }
                if (selections.containsKey(facet)) {
                    counts.put(facet, count(facet, base, selections));
                } else if (values.containsKey(facet)) {
                    unselected.add(facet);
                } else {
                    counts.put(facet, new HashMap<>());
                }
            }
            List<Map<String, Integer>> shared = Postings.countsWithin(unselected.stream().map(values::get).toList(), result);
            for (int k = 0; k < unselected.size(); k++) {
                counts.put(unselected.get(k), shared.get(k));
            }
            return new FacetCounts(result.cardinality(), page(result, textMatches != null && textMatches.ranked() ? textMatches.ids() : null,
                    (query.page() - 1) * query.pageSize(), query.pageSize()), counts);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A facet's counts within the scope: the base narrowed by every other facet's selection. */
    private Map<String, Integer> count(Facet facet, BitSet base, Map<Facet, BitSet> selections) {
        BitSet scope = (BitSet) base.clone();
        selections.forEach((other, selection) -> {
            if (other != facet) {
                scope.and(selection);
            }
        });
        Postings byValue = values.get(facet);
        return byValue == null || scope.isEmpty() ? new HashMap<>() : byValue.countsWithin(scope);
    }

    /** Every id matching the query and filters, in result order, at most {@code limit} (exports). */
    List<Long> allIds(SearchQuery query, TextMatches textMatches, int limit) {
        lock.readLock().lock();
        try {
            BitSet result = (BitSet) live.clone();
            if (textMatches != null) {
                result.and(textMatches.slots() != null ? textMatches.slots() : slotsOf(textMatches.ids()));
            }
            query.filters().forEach((facet, selected) -> result.and(union(facet, selected)));
            return page(result, textMatches != null && textMatches.ranked() ? textMatches.ids() : null, 0, limit);
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<Long> page(BitSet result, List<Long> textMatches, int skipCount, int limit) {
        int skip = skipCount;
        List<Long> ids = new ArrayList<>(Math.min(limit, 1024));
        if (textMatches != null) {
            for (Long id : textMatches) {
                Integer slot = slotById.get(id);
                if (slot != null && result.get(slot) && skip-- <= 0) {
                    ids.add(id);
                    if (ids.size() == limit) {
                        break;
                    }
                }
            }
            return ids;
        }
        for (int slot : order) {
            if (result.get(slot) && skip-- <= 0) {
                ids.add(slots.get(slot).id());
                if (ids.size() == limit) {
                    break;
                }
            }
        }
        return ids;
    }

    /** The live slots holding any of the values (a removed initiative's slot stays listed until the next rebuild). */
    private BitSet union(Facet facet, Collection<String> selected) {
        Postings byValue = values.get(facet);
        BitSet union = byValue == null ? new BitSet() : byValue.anyOf(selected);
        union.and(live);
        return union;
    }

    private BitSet slotsOf(List<Long> ids) {
        BitSet set = new BitSet();
        ids.forEach(id -> {
            Integer slot = slotById.get(id);
            if (slot != null) {
                set.set(slot);
            }
        });
        return set;
    }

    private int add(IndexedInitiative initiative) {
        int slot = slots.size();
        slots.add(new IndexedInitiative(initiative.id(), initiative.sortKey(), Map.of()));
        slotById.put(initiative.id(), slot);
        live.set(slot);
        initiative.values().forEach((facet, held) -> {
            Postings byValue = values.computeIfAbsent(facet, f -> Postings.counted());
            held.forEach(value -> byValue.add(value, slot));
        });
        initiative.words().forEach(w -> words.add(w, slot));
        initiative.organisationIds().forEach(o -> organisations.add(String.valueOf(o), slot));
        return slot;
    }

    private void removeSlot(long id) {
        Integer slot = slotById.remove(id);
        if (slot == null) {
            return;
        }
        live.clear(slot);
        int at = 0;
        while (at < order.length && order[at] != slot) {
            at++;
        }
        if (at < order.length) {
            int[] shorter = new int[order.length - 1];
            System.arraycopy(order, 0, shorter, 0, at);
            System.arraycopy(order, at + 1, shorter, at, order.length - at - 1);
            order = shorter;
        }
    }

    /** Binary insertion keeps single changes cheap: no re-sort of the whole index. */
    private void insertInOrder(int slot) {
        String key = slots.get(slot).sortKey();
        int low = 0;
        int high = order.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (slots.get(order[mid]).sortKey().compareTo(key) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int[] longer = new int[order.length + 1];
        System.arraycopy(order, 0, longer, 0, low);
        longer[low] = slot;
        System.arraycopy(order, low, longer, low + 1, order.length - low);
        order = longer;
    }

    private void reorder() {
        order = live.stream().boxed()
                .sorted((a, b) -> slots.get(a).sortKey().compareTo(slots.get(b).sortKey()))
                .mapToInt(Integer::intValue).toArray();
    }
}
