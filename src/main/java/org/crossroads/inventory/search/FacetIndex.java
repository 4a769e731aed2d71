package org.crossroads.inventory.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory index of the published initiatives for faceted search: one bit set per facet value,
 * so filters are bitwise AND/OR and each count is one cardinality, a few milliseconds for 100,000
 * initiatives. The database stays the record of truth; this index is rebuilt from it at start and
 * kept current by change events (see docs/decisions/0004-in-memory-facet-index.md).
 */
final class FacetIndex {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<IndexedInitiative> slots = new ArrayList<>();
    private final Map<Long, Integer> slotById = new HashMap<>();
    private final Map<Facet, Map<String, BitSet>> bits = new EnumMap<>(Facet.class);
    /** Per facet, its values numbered in order of first sight, and per slot its values' numbers by facet ordinal. */
    private final Map<Facet, Map<String, Integer>> codes = new EnumMap<>(Facet.class);
    private final Map<Facet, List<String>> names = new EnumMap<>(Facet.class);
    private final List<int[][]> codesBySlot = new ArrayList<>();
    private final Postings words = new Postings();
    private final Postings organisations = new Postings();
    private final BitSet live = new BitSet();
    /** Slots ordered by sort key: results are read in this order. */
    private int[] order = new int[0];

    void replaceAll(Collection<IndexedInitiative> initiatives) {
        lock.writeLock().lock();
        try {
            slots.clear();
            slotById.clear();
            bits.clear();
            codes.clear();
            names.clear();
            codesBySlot.clear();
            words.clear();
            organisations.clear();
            live.clear();
            initiatives.forEach(this::add);
            reorder();
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
        lock.readLock().lock();
        try {
            BitSet found = (BitSet) live.clone();
            for (ConceptCondition concept : concepts) {
                BitSet met = WordQuery.matching(concept.tsquery(), words, live);
                met.or(union(Facet.CITY, concept.placeIds()));
                met.or(union(Facet.ACTIVITY_TYPE, concept.activityTypes()));
                met.or(union(Facet.THEME, concept.themes()));
                concept.organisationIds().forEach(o -> met.or(organisations.exactly(String.valueOf(o))));
                found.and(met);
            }
            List<Long> ids = new ArrayList<>(found.cardinality());
            found.stream().forEach(slot -> ids.add(slots.get(slot).id()));
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
                base.and(slotsOf(textMatches.ids()));
            }
            Map<Facet, BitSet> selections = new EnumMap<>(Facet.class);
            query.filters().forEach((facet, values) -> selections.put(facet, union(facet, values)));
            BitSet result = (BitSet) base.clone();
            selections.values().forEach(result::and);
            Map<Facet, Map<String, Integer>> counts = new EnumMap<>(Facet.class);
            for (Facet facet : Facet.values()) {
                counts.put(facet, count(facet, base, selections));
            }
            return new FacetCounts(result.cardinality(), page(result, textMatches != null && textMatches.ranked() ? textMatches.ids() : null,
                    (query.page() - 1) * query.pageSize(), query.pageSize()), counts);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A facet's counts within the scope. A facet of few values (themes) ANDs each value's bits with the scope; a facet
     * of many (20,000 cities) walks the scope's records once and adds up their values, which costs the scope's size
     * instead of values x index size (the first way took 0.3 s for cities over 100,000 initiatives).
     */
    private Map<String, Integer> count(Facet facet, BitSet base, Map<Facet, BitSet> selections) {
        BitSet scope = (BitSet) base.clone();
        selections.forEach((other, selection) -> {
            if (other != facet) {
                scope.and(selection);
            }
        });
        Map<String, BitSet> byValue = bits.getOrDefault(facet, Map.of());
        long byBits = (long) byValue.size() * (scope.length() / 64 + 1);
        long byRecords = 4L * scope.cardinality();
        return byBits <= byRecords ? countByBits(byValue, scope) : countByRecords(facet, scope);
    }

    private static Map<String, Integer> countByBits(Map<String, BitSet> byValue, BitSet scope) {
        Map<String, Integer> counts = new HashMap<>();
        byValue.forEach((value, set) -> {
            int n = scope.intersects(set) ? cardinalityOfAnd(scope, set) : 0;
            if (n > 0) {
                counts.put(value, n);
            }
        });
        return counts;
    }

    private Map<String, Integer> countByRecords(Facet facet, BitSet scope) {
        List<String> valueNames = names.getOrDefault(facet, List.of());
        int[] tally = new int[valueNames.size()];
        for (int slot = scope.nextSetBit(0); slot >= 0; slot = scope.nextSetBit(slot + 1)) {
            for (int code : codesBySlot.get(slot)[facet.ordinal()]) {
                tally[code]++;
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int code = 0; code < tally.length; code++) {
            if (tally[code] > 0) {
                counts.put(valueNames.get(code), tally[code]);
            }
        }
        return counts;
    }

    private static int cardinalityOfAnd(BitSet a, BitSet b) {
        BitSet both = (BitSet) b.clone();
        both.and(a);
        return both.cardinality();
    }

    /** Every id matching the query and filters, in result order, at most {@code limit} (exports). */
    List<Long> allIds(SearchQuery query, TextMatches textMatches, int limit) {
        lock.readLock().lock();
        try {
            BitSet result = (BitSet) live.clone();
            if (textMatches != null) {
                result.and(slotsOf(textMatches.ids()));
            }
            query.filters().forEach((facet, values) -> result.and(union(facet, values)));
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

    private BitSet union(Facet facet, Set<String> values) {
        BitSet union = new BitSet();
        Map<String, BitSet> byValue = bits.getOrDefault(facet, Map.of());
        values.forEach(v -> {
            BitSet set = byValue.get(v);
            if (set != null) {
                union.or(set);
            }
        });
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
        slots.add(initiative);
        slotById.put(initiative.id(), slot);
        live.set(slot);
        int[][] slotCodes = new int[Facet.values().length][];
        for (Facet facet : Facet.values()) {
            Set<String> values = initiative.values().getOrDefault(facet, Set.of());
            int[] numbers = new int[values.size()];
            int k = 0;
            for (String value : values) {
                bits.computeIfAbsent(facet, f -> new HashMap<>()).computeIfAbsent(value, v -> new BitSet()).set(slot);
                numbers[k++] = code(facet, value);
            }
            slotCodes[facet.ordinal()] = numbers;
        }
        codesBySlot.add(slotCodes);
        initiative.words().forEach(w -> words.add(w, slot));
        initiative.organisationIds().forEach(o -> organisations.add(String.valueOf(o), slot));
        return slot;
    }

    private int code(Facet facet, String value) {
        List<String> valueNames = names.computeIfAbsent(facet, f -> new ArrayList<>());
        return codes.computeIfAbsent(facet, f -> new HashMap<>()).computeIfAbsent(value, v -> {
            valueNames.add(v);
            return valueNames.size() - 1;
        });
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
        bits.values().forEach(byValue -> byValue.values().forEach(set -> set.clear(slot)));
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
