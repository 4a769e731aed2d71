package org.crossroads.library.practices.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.library.practices.Practice;
import org.crossroads.library.practices.PracticeDraft;

/**
 * The practice form as typed: lists separated by ";" (cities, countries, links) or one per line (variant names,
 * contacts); sources and transfers as repeated rows. Links name records by number or external id
 * ({@code init:…}, {@code mc2cm:event:03}, {@code doc:…}). Translations of the sections come as
 * {@code translation[fr.problem]}; the titles in other languages as {@code titleFr}….
 */
record PracticeForm(String language, String title, String titleEn, String titleFr, String titleAr, String titleEs,
        String variantNames, String city, String furtherCities, String countries, List<String> themes, String sizeClass,
        String routeRole, String problem, String identified, String legalMandate, String resources, String approach,
        String actors, String costs, String results, String successFactors, String watchOut, String transferPrinciples,
        String contacts, Boolean contactsConsent, List<String> sourceCitation, List<String> sourcePassage,
        String initiatives, String events, String documents, String dataValues, List<String> transferCity, List<String> transferYear,
        List<String> transferWhatChanged, List<String> transferSource, String provenance, Integer version,
        Map<String, String> translation) {

    static final List<String> LANGUAGES = List.of("en", "fr", "ar", "es");

    PracticeForm {
        // an unticked checkbox sends nothing
        contactsConsent = contactsConsent != null && contactsConsent;
        themes = themes == null ? List.of() : themes;
        sourceCitation = sourceCitation == null ? List.of() : sourceCitation;
        sourcePassage = sourcePassage == null ? List.of() : sourcePassage;
        transferCity = transferCity == null ? List.of() : transferCity;
        transferYear = transferYear == null ? List.of() : transferYear;
        transferWhatChanged = transferWhatChanged == null ? List.of() : transferWhatChanged;
        transferSource = transferSource == null ? List.of() : transferSource;
    }

    /** What a practice of these sections' form fields is called in {@link Practice#SECTIONS}. */
    Map<String, String> sections() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("problem", problem);
        s.put("identified", identified);
        s.put("legal_mandate", legalMandate);
        s.put("resources", resources);
        s.put("approach", approach);
        s.put("actors", actors);
        s.put("costs", costs);
        s.put("results", results);
        s.put("success_factors", successFactors);
        s.put("watch_out", watchOut);
        s.put("transfer_principles", transferPrinciples);
        return s;
    }

    int expectedVersion() {
        return version == null ? 0 : version;
    }

    PracticeForm withVersion(int newVersion) {
        return new PracticeForm(language, title, titleEn, titleFr, titleAr, titleEs, variantNames, city, furtherCities,
                countries, themes, sizeClass, routeRole, problem, identified, legalMandate, resources, approach, actors, costs,
                results, successFactors, watchOut, transferPrinciples, contacts, contactsConsent, sourceCitation,
                sourcePassage, initiatives, events, documents, dataValues, transferCity, transferYear, transferWhatChanged,
                transferSource, provenance, newVersion, translation);
    }

    /** Whether the form holds a title or a section in this language (its part of the form opens). */
    public boolean hasTranslation(String language) {
        String[] titles = {titleEn, titleFr, titleAr, titleEs};
        int i = LANGUAGES.indexOf(language);
        return (i >= 0 && !blank(titles[i])) || (translation != null && translation.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith(language + ".") && !blank(e.getValue())));
    }

    /** The translation of a section into a language as the form holds it ("" when none). */
    public String translation(String language, String section) {
        String text = translation == null ? null : translation.get(language + "." + section);
        return text == null ? "" : text;
    }

    /**
     * The draft. Translations into languages the form does not offer are kept from {@code kept} (the stored
     * practice's translations, empty for a new one); so are the sections' translations when the form sent none at all
     * (a client that knows only the titles), while a form that sent them blank clears them.
     */
    PracticeDraft toDraft(Map<String, Map<String, String>> kept) {
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        boolean sectionsSent = translation != null && !translation.isEmpty();
        kept.forEach((l, t) -> {
            Map<String, String> keep = new LinkedHashMap<>(t);
            if (LANGUAGES.contains(l)) {
                keep.remove("title");
                if (sectionsSent) {
                    keep.clear();
                }
            }
            if (!keep.isEmpty()) {
                translations.put(l, keep);
            }
        });
        if (sectionsSent) {
            translation.forEach((key, text) -> {
                int dot = key.indexOf('.');
                if (dot > 0 && text != null && !text.isBlank()) {
                    translations.computeIfAbsent(key.substring(0, dot), l -> new LinkedHashMap<>())
                            .put(key.substring(dot + 1), text);
                }
            });
        }
        String[] titles = {titleEn, titleFr, titleAr, titleEs};
        for (int i = 0; i < LANGUAGES.size(); i++) {
            if (titles[i] != null && !titles[i].isBlank()) {
                translations.computeIfAbsent(LANGUAGES.get(i), l -> new LinkedHashMap<>()).put("title", titles[i]);
            }
        }
        List<Practice.Source> sources = new ArrayList<>();
        for (int i = 0; i < Math.max(sourceCitation.size(), sourcePassage.size()); i++) {
            String citation = at(sourceCitation, i);
            String passage = at(sourcePassage, i);
            if (!blank(citation) || !blank(passage)) {
                sources.add(new Practice.Source(citation, passage));
            }
        }
        List<PracticeDraft.TransferDraft> transfers = new ArrayList<>();
        for (int i = 0; i < transferCity.size(); i++) {
            transfers.add(new PracticeDraft.TransferDraft(at(transferCity, i), at(transferYear, i),
                    at(transferWhatChanged, i), at(transferSource, i)));
        }
        List<Practice.Contact> contactList = lines(contacts).stream().map(o -> new Practice.Contact(o, contactsConsent)).toList();
        return new PracticeDraft(language, title, translations, lines(variantNames), city, list(furtherCities),
                list(countries), themes, sizeClass, routeRole, sections(), contactList, sources, list(initiatives),
                list(events), list(documents), transfers, provenance,
                lines(dataValues).stream().map(PracticeDraft.DataValueDraft::parse).toList());
    }

    static PracticeForm empty(String language) {
        return of(new PracticeDraft(language, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null), 0);
    }

    /** The form of a draft (pre-filled from another record, or a stored practice as references). */
    static PracticeForm of(PracticeDraft d, int version) {
        Map<String, String> s = d.sections();
        Map<String, Map<String, String>> t = d.translations();
        List<String> cities = new ArrayList<>();
        List<String> years = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        d.transfers().forEach(x -> {
            cities.add(x.toCity());
            years.add(x.year());
            changed.add(x.whatChanged());
            sources.add(x.source());
        });
        boolean consent = !d.contacts().isEmpty() && d.contacts().stream().allMatch(Practice.Contact::consent);
        return new PracticeForm(d.language(), d.title(), title(t, "en"), title(t, "fr"), title(t, "ar"), title(t, "es"),
                String.join("\n", d.variantNames()), d.city(), String.join("; ", d.furtherCities()),
                String.join("; ", d.countries()), d.themes(), d.sizeClass(), d.routeRole(), s.get("problem"),
                s.get("identified"), s.get("legal_mandate"), s.get("resources"), s.get("approach"), s.get("actors"),
                s.get("costs"), s.get("results"), s.get("success_factors"), s.get("watch_out"), s.get("transfer_principles"),
                String.join("\n", d.contacts().stream().map(Practice.Contact::office).toList()), consent,
                d.sources().stream().map(Practice.Source::citation).toList(),
                d.sources().stream().map(Practice.Source::passage).toList(), String.join("; ", d.initiatives()),
                String.join("; ", d.events()), String.join("; ", d.documents()),
                String.join("\n", d.dataValues().stream().map(PracticeDraft.DataValueDraft::line).toList()),
                cities, years, changed, sources,
                d.provenance(), version, sectionTranslations(t));
    }

    /** The sections' translations into the form's languages, keyed as the form names them ({@code fr.problem}). */
    private static Map<String, String> sectionTranslations(Map<String, Map<String, String>> t) {
        Map<String, String> flat = new LinkedHashMap<>();
        t.forEach((l, fields) -> {
            if (LANGUAGES.contains(l)) {
                fields.forEach((f, text) -> {
                    if (!f.equals("title")) {
                        flat.put(l + "." + f, text);
                    }
                });
            }
        });
        return flat;
    }

    private static String title(Map<String, Map<String, String>> t, String language) {
        return t.containsKey(language) ? t.get(language).get("title") : null;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    private static List<String> list(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> lines(String cell) {
        return cell == null ? List.of() : cell.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Row counts the form shows: every given row and one empty row to add another. */
    public int sourceRows() {
        return Math.max(sourceCitation.size(), sourcePassage.size()) + 1;
    }

    public int transferRows() {
        return transferCity.size() + 1;
    }
}
