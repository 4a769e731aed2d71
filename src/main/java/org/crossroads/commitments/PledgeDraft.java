package org.crossroads.commitments;

import java.util.List;
import java.util.Map;

/**
 * A pledge as a form or a file gives it, before it is checked.
 *
 * @param framework the framework's number or external id; blank for a pledge under none
 * @param parties cities ("Tangier, MA" or a number) and organisations ("org:…") that pledged, the first leading
 * @param status the status it has when recorded, and {@code statusOn} since when (a year, a month or a day)
 */
public record PledgeDraft(String externalId, String framework, List<String> cities, List<String> organisations,
        String language, String text, Map<String, Map<String, String>> translations, List<String> articles,
        List<String> gcmObjectives, List<String> gcrObjectives, List<String> themes, String target,
        String responsibleOffice, String contactEmail, String status, String statusOn, boolean restricted,
        List<Source> sources) {

    public PledgeDraft {
        cities = EvidenceDraft.clean(cities);
        organisations = EvidenceDraft.clean(organisations);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        articles = EvidenceDraft.clean(articles);
        gcmObjectives = EvidenceDraft.clean(gcmObjectives);
        gcrObjectives = EvidenceDraft.clean(gcrObjectives);
        themes = EvidenceDraft.clean(themes);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
