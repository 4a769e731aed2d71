package org.crossroads.commitments.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.commitments.PartialDate;
import org.crossroads.commitments.Pledge;
import org.crossroads.commitments.PledgeDraft;
import org.crossroads.commitments.Source;
import org.crossroads.shared.web.PostedTranslations;

/**
 * The pledge form as posted: cities and organisations one per line, translations as {@code translation[fr.text]}, the
 * status and the date it holds from when the pledge is first recorded (later changes go through the status form).
 */
record PledgeForm(String framework, String cities, String organisations, String language, String text,
        Map<String, String> translation, List<String> articles, List<String> gcmObjectives, List<String> gcrObjectives,
        List<String> themes, String target, String responsibleOffice, String contactEmail, String status, String statusOn,
        Boolean restricted, String sourceCitation, String sourcePassage, Integer version) {

    PledgeForm {
        translation = translation == null ? new LinkedHashMap<>() : translation;
        articles = articles == null ? List.of() : articles;
        gcmObjectives = gcmObjectives == null ? List.of() : gcmObjectives;
        gcrObjectives = gcrObjectives == null ? List.of() : gcrObjectives;
        themes = themes == null ? List.of() : themes;
    }

    static PledgeForm empty(String language, String framework, String city) {
        return new PledgeForm(framework, city, "", language, "", Map.of(), List.of(), List.of(), List.of(), List.of(), "",
                "", "", "announced", java.time.LocalDate.now().toString(), false, "", "", 0);
    }

    static PledgeForm of(Pledge p, List<String> cityRefs, List<String> organisationRefs) {
        Source source = p.sources().isEmpty() ? null : p.sources().get(0);
        return new PledgeForm(p.frameworkId() == null ? "" : String.valueOf(p.frameworkId()), Lines.join(cityRefs),
                Lines.join(organisationRefs), p.language(), p.text(), PostedTranslations.posted(p.translations()),
                p.articles().stream().map(String::valueOf).toList(), p.gcmObjectives(), p.gcrObjectives(), p.themes(),
                p.target() == null ? "" : p.target().iso(), p.responsibleOffice(), p.contactEmail(), p.status().code(),
                PartialDate.day(p.statusOn()).iso(), p.restricted(), source == null ? "" : source.citation(),
                source == null || source.passage() == null ? "" : source.passage(), p.version());
    }

    PledgeDraft toDraft(String externalId) {
        List<Source> sources = sourceCitation == null || sourceCitation.isBlank() ? List.of()
                : List.of(new Source(sourceCitation.strip(), sourcePassage == null || sourcePassage.isBlank() ? null
                        : sourcePassage.strip()));
        return new PledgeDraft(externalId, framework, Lines.of(cities), Lines.of(organisations), language, text,
                PostedTranslations.byLanguage(translation), articles, gcmObjectives, gcrObjectives, themes, target,
                responsibleOffice, contactEmail, status, statusOn, Boolean.TRUE.equals(restricted), sources);
    }

    int expectedVersion() {
        return version == null ? -1 : version;
    }

    public String translated(String language, String field) {
        return PostedTranslations.text(translation, language, field);
    }
}
