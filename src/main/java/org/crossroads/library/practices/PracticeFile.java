package org.crossroads.library.practices;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code library/practices.json} (format in docs/library.md, "Practices"). Entries that share a name (a title
 * or a variant name, compared by {@link PracticeNames}) describe one practice under variant names, as when two seed
 * reports tell the same story: they become one entry citing every source, the first entry's text winning.
 */
final class PracticeFile {

    /** One practice of the file, with its external id and the draft it gives. */
    record Entry(String externalId, PracticeDraft draft) {}

    private PracticeFile() {
    }

    static List<Entry> read(InputStream in, JsonMapper json) throws IOException {
        JsonNode root = json.readTree(in);
        if (!root.isArray()) {
            throw new IOException("practices.json must be an array of practices");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode node : root) {
            Entry entry = entry(node);
            int same = indexOfSameName(entries, entry);
            if (same < 0) {
                entries.add(entry);
            } else {
                entries.set(same, merge(entries.get(same), entry));
            }
        }
        return entries;
    }

    private static int indexOfSameName(List<Entry> entries, Entry entry) {
        Set<String> keys = keys(entry.draft());
        for (int i = 0; i < entries.size(); i++) {
            if (keys(entries.get(i).draft()).stream().anyMatch(keys::contains)) {
                return i;
            }
        }
        return -1;
    }

    private static Set<String> keys(PracticeDraft d) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(PracticeNames.key(d.title()));
        d.variantNames().forEach(v -> keys.add(PracticeNames.key(v)));
        keys.remove("");
        return keys;
    }

    static Entry merge(Entry first, Entry second) {
        PracticeDraft a = first.draft();
        PracticeDraft b = second.draft();
        List<String> variants = union(a.variantNames(), union(List.of(b.title()), b.variantNames()));
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        b.translations().forEach((l, t) -> translations.put(l, new LinkedHashMap<>(t)));
        a.translations().forEach((l, t) -> translations.computeIfAbsent(l, x -> new LinkedHashMap<>()).putAll(t));
        Map<String, String> sections = new LinkedHashMap<>(b.sections());
        a.sections().forEach((k, v) -> {
            if (v != null) {
                sections.put(k, v);
            }
        });
        List<PracticeDraft.TransferDraft> transfers = new ArrayList<>(a.transfers());
        Set<String> to = new LinkedHashSet<>();
        a.transfers().forEach(t -> to.add(PracticeNames.key(t.toCity())));
        b.transfers().stream().filter(t -> to.add(PracticeNames.key(t.toCity()))).forEach(transfers::add);
        // a regional entry (no city) merged with a city's takes that city
        String city = a.city() != null ? a.city() : b.city();
        List<String> furtherOfB = b.city() == null || b.city().equals(city) ? b.furtherCities()
                : union(List.of(b.city()), b.furtherCities());
        PracticeDraft merged = new PracticeDraft(a.language(), a.title(), translations, variants, city,
                union(a.furtherCities(), furtherOfB),
                union(a.countries(), b.countries()), union(a.themes(), b.themes()),
                a.sizeClass() != null ? a.sizeClass() : b.sizeClass(), a.routeRole() != null ? a.routeRole() : b.routeRole(),
                sections, union(a.contacts(), b.contacts()), union(a.sources(), b.sources()),
                union(a.initiatives(), b.initiatives()), union(a.events(), b.events()), union(a.documents(), b.documents()),
                transfers, a.provenance() + " " + b.provenance(), union(a.dataValues(), b.dataValues()));
        return new Entry(first.externalId(), merged);
    }

    private static Entry entry(JsonNode n) throws IOException {
        String externalId = text(n, "external_id");
        if (externalId == null || !externalId.startsWith("practice:")) {
            throw new IOException("A practice without an external_id of the form practice:<slug>: " + text(n, "title"));
        }
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        n.path("translations").properties().forEach(e -> {
            Map<String, String> fields = new LinkedHashMap<>();
            e.getValue().properties().forEach(f -> {
                if (!f.getValue().isNull()) {
                    fields.put(f.getKey(), f.getValue().asString());
                }
            });
            translations.put(e.getKey(), fields);
        });
        JsonNode context = n.path("context");
        Map<String, String> sections = new LinkedHashMap<>();
        for (String s : Practice.SECTIONS) {
            String value = text(n, s);
            if (value == null && (s.equals("legal_mandate") || s.equals("resources"))) {
                value = text(context, s);
            }
            if (value != null) {
                sections.put(s, value);
            }
        }
        List<Practice.Contact> contacts = new ArrayList<>();
        n.path("contacts").forEach(c -> contacts.add(new Practice.Contact(text(c, "office"), c.path("consent").asBoolean(false))));
        List<Practice.Source> sources = new ArrayList<>();
        n.path("sources").forEach(s -> sources.add(new Practice.Source(text(s, "citation"), text(s, "passage"))));
        if (sources.isEmpty()) {
            throw new IOException("Built-in practice " + externalId + " cites no source");
        }
        List<PracticeDraft.TransferDraft> transfers = new ArrayList<>();
        n.path("transfers").forEach(t -> transfers.add(new PracticeDraft.TransferDraft(text(t, "to_city"),
                t.path("year").isNumber() ? String.valueOf(t.path("year").asInt()) : text(t, "year"),
                text(t, "what_changed"), text(t, "source"))));
        String provenance = "Built-in dataset, from " + String.join("; ", sources.stream().map(Practice.Source::citation).toList());
        PracticeDraft draft = new PracticeDraft(text(n, "language") == null ? "en" : text(n, "language"), text(n, "title"),
                translations, strings(n, "variant_names"), text(n, "city"), strings(n, "cities"), strings(n, "countries"),
                strings(n, "themes"), text(context, "size_class"), text(context, "route_role"), sections, contacts, sources,
                strings(n, "initiatives"), strings(n, "events"), strings(n, "documents"), transfers,
                provenance.length() > 2000 ? provenance.substring(0, 1999) + "…" : provenance, dataValues(n));
        return new Entry(externalId, draft);
    }

    /** {@code "data_values": [{"indicator": "…", "city": "Sfax, TN", "year": 2021}]}, each a total the data module holds. */
    private static List<PracticeDraft.DataValueDraft> dataValues(JsonNode n) {
        List<PracticeDraft.DataValueDraft> values = new ArrayList<>();
        n.path("data_values").forEach(v -> values.add(v.isString() ? PracticeDraft.DataValueDraft.parse(v.asString())
                : new PracticeDraft.DataValueDraft(text(v, "indicator"), text(v, "city"),
                        v.path("year").isNumber() ? String.valueOf(v.path("year").asInt()) : text(v, "year"))));
        return values;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> values = new ArrayList<>();
        n.path(field).forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asString());
            }
        });
        return values;
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
