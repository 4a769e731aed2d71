package org.crossroads.library;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import org.crossroads.shared.search.Postings;
import org.crossroads.shared.search.WordQuery;

/**
 * Every document in memory for the one search's documents (docs/decisions/0004): per facet value, per word of its own
 * text and of its files' text, and per organisation it names, the slots that hold it. A query's matches are computed
 * here (a common word matched 18,000 of 20,000 documents through PostgreSQL's GIN indexes in 65-100 ms, and their
 * facets were counted in 250 ms more); access is the reader's, asked of each document's {@link
 * DocumentPermissions.Access} through {@link ReaderScope}. The database stays the record of truth:
 * {@link DocumentSearchIndex} fills and refreshes this index.
 */
final class DocumentIndex {

    /** The facets of the one search's documents, in the order the page shows them. */
    static final List<String> FACETS = List.of("theme", "country", "city", "network", "year", "language", "type");

    /**
     * A document as the index keeps it.
     *
     * @param values          per facet (of {@link #FACETS}) the document's values
     * @param organisationIds the organisations it names (its own and its authors'), found by name when its source shows
     */
    record Entry(long id, DocumentPermissions.Access access, Map<String, Set<String>> values, Set<Long> organisationIds,
            Collection<String> ownWords, Collection<String> fileWords) {}

    /** What a concept of the query matches: its words (a tsquery in text), or the records its name stands for. */
    record Concept(String tsquery, Set<Long> placeIds, Set<Long> organisationIds, Set<String> themes) {}

    /**
     * @param ids        the first documents in list order, or, when {@code rankable} and there are few, every match
     *                   unordered
     * @param filesMatch those of {@code ids} whose files' words match one of the concepts' words: only their passages
     *                   can be shown (the others matched by their own text or a name)
     */
    record Matches(long total, Map<String, Map<String, Long>> counts, List<Long> ids, boolean unordered,
            Set<Long> filesMatch) {}

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Entry> slots = new ArrayList<>();
    private final Map<Long, Integer> slotById = new HashMap<>();
    private final Map<String, Postings> values = new HashMap<>();
    private final Postings ownWords = Postings.lookedUp();
    private final Postings fileWords = Postings.lookedUp();
    private final Postings organisations = Postings.lookedUp();
    private final BitSet live = new BitSet();
    /** Live slots in list order (year, date, title: PostgreSQL's order, read from it). */
    private int[] order = new int[0];

    void replaceAll(Collection<Entry> entries, List<Long> orderedIds) {
        lock.writeLock().lock();
        try {
            slots.clear();
            slotById.clear();
            values.clear();
            ownWords.clear();
            fileWords.clear();
            organisations.clear();
            live.clear();
            entries.forEach(this::add);
            values.values().forEach(Postings::compact);
            ownWords.compact();
            fileWords.compact();
            organisations.compact();
            reorder(orderedIds);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Replaces the changed documents (a missing one is gone) and takes the new list order. */
    void update(Collection<Long> changedIds, Collection<Entry> changed, List<Long> orderedIds) {
        lock.writeLock().lock();
        try {
            changedIds.forEach(id -> {
                Integer slot = slotById.remove(id);
                if (slot != null) {
                    live.clear(slot);
                }
            });
            changed.forEach(this::add);
            reorder(orderedIds);
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

    /** How many words the index holds, distinct and in all (for the log). */
    String words() {
        lock.readLock().lock();
        try {
            return (ownWords.pairs() + fileWords.pairs()) + " words (" + ownWords.keys() + " and " + fileWords.keys() + " distinct)";
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The documents the reader sees that meet every concept and every facet's selection (values of one facet are
     * alternatives), with each facet's counts under the other facets' selections. A document's networks count, and
     * select, only when the reader sees its source (Chatham House), as does finding it by an organisation's name.
     *
     * @param rankable when there are at most {@code ranked} matches, give them all, unordered, to be ranked
     */
    Matches query(List<Concept> concepts, Map<String, Set<String>> selected, Predicate<DocumentPermissions.Access> sees,
            Predicate<DocumentPermissions.Access> seesSource, int size, boolean rankable, long ranked) {
        lock.readLock().lock();
        try {
            BitSet visible = new BitSet();
            BitSet sourceVisible = new BitSet();
            live.stream().forEach(slot -> {
                DocumentPermissions.Access access = slots.get(slot).access();
                if (sees.test(access)) {
                    visible.set(slot);
                    if (seesSource.test(access)) {
                        sourceVisible.set(slot);
                    }
                }
            });
            BitSet base = (BitSet) visible.clone();
            BitSet inFiles = new BitSet();
            for (Concept concept : concepts) {
                BitSet met = WordQuery.matching(concept.tsquery(), ownWords, visible);
                BitSet fileMet = WordQuery.matching(concept.tsquery(), fileWords, visible);
                inFiles.or(fileMet);
                met.or(fileMet);
                met.or(valuesOf("city", concept.placeIds().stream().map(String::valueOf).toList()));
                met.or(valuesOf("theme", concept.themes()));
                BitSet named = organisations.anyOf(concept.organisationIds().stream().map(String::valueOf).toList());
                named.and(sourceVisible);
                met.or(named);
                base.and(met);
            }
            Map<String, BitSet> selections = new LinkedHashMap<>();
            for (String facet : FACETS) {
                Set<String> chosen = selected.getOrDefault(facet, Set.of());
                if (!chosen.isEmpty()) {
                    BitSet selection = valuesOf(facet, chosen);
                    if (facet.equals("network")) {
                        selection.and(sourceVisible);
                    }
                    selections.put(facet, selection);
                }
            }
            BitSet result = (BitSet) base.clone();
            selections.values().forEach(result::and);
            // facets without a selection of their own count within the result (the network facet within those whose
            // source the reader sees): counted in one walk; a selected facet within the other facets' selections
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
            FACETS.forEach(facet -> counts.put(facet, new HashMap<>()));
            List<String> unselected = new ArrayList<>();
            for (String facet : FACETS) {
                if (!values.containsKey(facet)) {
                    continue;
                }
                if (!selections.containsKey(facet) && !facet.equals("network")) {
                    unselected.add(facet);
                    continue;
                }
                BitSet scope = (BitSet) base.clone();
                selections.forEach((other, selection) -> {
                    if (!other.equals(facet)) {
                        scope.and(selection);
                    }
                });
                if (facet.equals("network")) {
                    scope.and(sourceVisible);
                }
                values.get(facet).countsWithin(scope).forEach((value, n) -> counts.get(facet).put(value, (long) n));
            }
            List<Map<String, Integer>> shared = Postings.countsWithin(unselected.stream().map(values::get).toList(), result);
            for (int k = 0; k < unselected.size(); k++) {
                Map<String, Long> byValue = counts.get(unselected.get(k));
                shared.get(k).forEach((value, n) -> byValue.put(value, (long) n));
            }
            long total = result.cardinality();
            if (rankable && total <= ranked) {
                List<Long> all = new ArrayList<>((int) total);
                Set<Long> filesMatch = new HashSet<>();
                result.stream().forEach(slot -> {
                    all.add(slots.get(slot).id());
                    if (inFiles.get(slot)) {
                        filesMatch.add(slots.get(slot).id());
                    }
                });
                return new Matches(total, counts, all, true, filesMatch);
            }
            List<Long> first = new ArrayList<>(size);
            Set<Long> filesMatch = new HashSet<>();
            for (int k = 0; k < order.length && first.size() < size; k++) {
                if (result.get(order[k])) {
                    first.add(slots.get(order[k]).id());
                    if (inFiles.get(order[k])) {
                        filesMatch.add(slots.get(order[k]).id());
                    }
                }
            }
            return new Matches(total, counts, first, false, filesMatch);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The live slots holding any of the facet's values (a replaced document's old slot stays listed, not live). */
    private BitSet valuesOf(String facet, Collection<String> chosen) {
        Postings held = values.get(facet);
        BitSet union = held == null || chosen.isEmpty() ? new BitSet() : held.anyOf(chosen);
        union.and(live);
        return union;
    }

    private void add(Entry entry) {
        int slot = slots.size();
        slots.add(new Entry(entry.id(), entry.access(), Map.of(), Set.of(), List.of(), List.of()));
        slotById.put(entry.id(), slot);
        live.set(slot);
        entry.values().forEach((facet, held) -> {
            Postings byValue = values.computeIfAbsent(facet, f -> Postings.counted());
            held.forEach(value -> byValue.add(value, slot));
        });
        entry.ownWords().forEach(w -> ownWords.add(w, slot));
        entry.fileWords().forEach(w -> fileWords.add(w, slot));
        entry.organisationIds().forEach(o -> organisations.add(String.valueOf(o), slot));
    }

    private void reorder(List<Long> orderedIds) {
        order = orderedIds.stream().map(slotById::get).filter(s -> s != null).mapToInt(Integer::intValue).toArray();
    }
}
