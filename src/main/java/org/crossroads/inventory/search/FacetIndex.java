package org.crossroads.inventory.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.crossroads.shared.search.Postings;
import org.crossroads.shared.search.WordQuery;
import org.crossroads.shared.web.Languages;
import org.crossroads.shared.web.ListSort;

/**
 * An in-memory index of the published initiatives for faceted search. Each initiative has a slot; per facet value,
 * per word of its search text and per organisation it names, the index lists the slots (shared.search's Postings:
 * compressed bitmaps, where a bit set per value cost 12 kB for each of 20,000 cities). A query's matches are a bit set of live slots:
 * filters OR the lists of a facet's selected values and AND facets; each value's count is how many of its slots are in
 * the scope. A few milliseconds for 100,000 initiatives. The database stays the record of truth; this index is rebuilt
 * from it at start and kept current by change events (see docs/decisions/0004-in-memory-facet-index.md). Results are read
 * in one of the list's orders (issue 12 §4), each kept as an array of the live slots: by name as a reader of each
 * language sees it (and as written), newest first, most recently changed first; a page is the matching slots met
 * walking that array, so the order holds across pages.
 */
final class FacetIndex {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Per slot its id and sort keys (what is left of an IndexedInitiative once its values are in the lists). */
    private final List<IndexedInitiative> slots = new ArrayList<>();
    private final Map<Long, Integer> slotById = new HashMap<>();
    private final Map<Facet, Postings> values = new EnumMap<>(Facet.class);
    private final Postings words = Postings.lookedUp();
    private final Postings organisations = Postings.lookedUp();
    private final BitSet live = new BitSet();
    /** The orders results are read in, by {@link #orderName}. */
    private final Map<String, SlotOrder> orders = new HashMap<>();

    FacetIndex() {
        orders.put(orderName(ListSort.NAME, null), new SlotOrder(byName(null)));
        Languages.CODES.forEach(l -> orders.put(orderName(ListSort.NAME, l), new SlotOrder(byName(l))));
        orders.put(orderName(ListSort.DATE, null), new SlotOrder(Comparator.<Integer>comparingLong(s -> slots.get(s).day())
                .reversed().thenComparing(Comparator.<Integer>comparingLong(s -> slots.get(s).id()).reversed())));
        orders.put(orderName(ListSort.CHANGED, null), new SlotOrder(Comparator.<Integer>comparingLong(s -> slots.get(s).changed())
                .reversed().thenComparing(Comparator.<Integer>comparingLong(s -> slots.get(s).id()).reversed())));
    }

    private Comparator<Integer> byName(String language) {
        return Comparator.<Integer, String>comparing(s -> slots.get(s).nameKey(language)).thenComparingLong(s -> slots.get(s).id());
    }

    /** Relevance is not an order of the index: ranked matches come in their own order, others go by name. */
    private static String orderName(ListSort sort, String language) {
        return switch (sort) {
            case DATE, CHANGED -> sort.code();
            case NAME, RELEVANCE -> "name:" + (language != null && Languages.CODES.contains(language) ? language : "");
        };
    }

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
            orders.values().forEach(SlotOrder::rebuild);
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
            int slot = add(initiative);
            orders.values().forEach(o -> o.insert(slot));
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
            return new FacetCounts(result.cardinality(), page(result, query, textMatches,
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
            return page(result, query, textMatches, 0, limit);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The ids of the results from {@code skipCount} on, in the query's order: relevance only when the matches are ranked. */
    private List<Long> page(BitSet result, SearchQuery query, TextMatches textMatches, int skipCount, int limit) {
        int skip = skipCount;
        List<Long> ids = new ArrayList<>(Math.min(limit, 1024));
        if (query.sort() == ListSort.RELEVANCE && textMatches != null && textMatches.ranked()) {
            for (Long id : textMatches.ids()) {
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
        for (int slot : orders.get(orderName(query.sort(), query.language())).sequence) {
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
        slots.add(initiative.slot());
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
        orders.values().forEach(o -> o.remove(slot));
    }

    /** The live slots in one order, kept as single changes arrive by binary insertion: no re-sort of the whole index. */
    private final class SlotOrder {

        private final Comparator<Integer> comparator;
        private int[] sequence = new int[0];

        SlotOrder(Comparator<Integer> comparator) {
            this.comparator = comparator;
        }

        void rebuild() {
            sequence = live.stream().boxed().sorted(comparator).mapToInt(Integer::intValue).toArray();
        }

        void insert(int slot) {
            int low = 0;
            int high = sequence.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (comparator.compare(sequence[mid], slot) <= 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            int[] longer = new int[sequence.length + 1];
            System.arraycopy(sequence, 0, longer, 0, low);
            longer[low] = slot;
            System.arraycopy(sequence, low, longer, low + 1, sequence.length - low);
            sequence = longer;
        }

        void remove(int slot) {
            int at = 0;
            while (at < sequence.length && sequence[at] != slot) {
                at++;
            }
            if (at < sequence.length) {
                int[] shorter = new int[sequence.length - 1];
                System.arraycopy(sequence, 0, shorter, 0, at);
                System.arraycopy(sequence, at + 1, shorter, at, sequence.length - at - 1);
                sequence = shorter;
            }
        }
    }
}
