package org.crossroads.commitments.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crossroads.commitments.Evidence;
import org.crossroads.commitments.EvidenceDraft;
import org.crossroads.commitments.Uptake;
import org.crossroads.commitments.UptakeDraft;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.web.PostedTranslations;

/** The form of an uptake as posted: who (a city, an organisation or another actor), when, how, with what evidence. */
record UptakeForm(String city, String organisation, String actorName, String taken, String language, String how,
        Map<String, String> translation, Boolean restricted, String initiatives, String outcomes, String documents,
        String dataValues, String links, Integer version) {

    UptakeForm {
        translation = translation == null ? new LinkedHashMap<>() : translation;
    }

    static UptakeForm empty(String language, String city) {
        return new UptakeForm(city, "", "", java.time.LocalDate.now().toString(), language, "", Map.of(), false, "", "",
                "", "", "", 0);
    }

    /** The form showing a stored uptake, its evidence one reference per entry as the form takes them. */
    static UptakeForm of(Uptake u, Places places, Organisations organisations) {
        String city = u.placeId() == null ? "" : reference(places, u.placeId());
        String org = u.organisationId() == null ? "" : organisations.find(u.organisationId())
                .map(o -> o.externalId() != null ? o.externalId() : String.valueOf(o.id())).orElse("");
        return new UptakeForm(city, org, u.actorName() == null ? "" : u.actorName(), u.taken().iso(), u.language(), u.how(),
                PostedTranslations.posted(u.translations()), u.restricted(), records(u, "initiative"), records(u, "outcome"), records(u, "document"),
                Lines.join(u.evidence().stream().filter(e -> e.kind().equals("data_value"))
                        .map(e -> e.indicatorCode() + "; " + reference(places, e.placeId()) + "; " + e.year()).toList()),
                Lines.join(u.evidence().stream().filter(e -> e.kind().equals("web")).map(Evidence::url).toList()),
                u.version());
    }

    UptakeForm withVersion(int newVersion) {
        return new UptakeForm(city, organisation, actorName, taken, language, how, translation, restricted, initiatives,
                outcomes, documents, dataValues, links, newVersion);
    }

    int expectedVersion() {
        return version == null ? -1 : version;
    }

    private static String records(Uptake u, String kind) {
        return String.join(", ", u.evidence().stream().filter(e -> e.kind().equals(kind))
                .map(e -> String.valueOf(e.recordId())).toList());
    }

    private static String reference(Places places, long placeId) {
        return places.find(placeId).map(p -> p.reference()).orElse(String.valueOf(placeId));
    }

    UptakeDraft toDraft() {
        return new UptakeDraft(city, organisation, actorName, taken, language, how, PostedTranslations.byLanguage(translation),
                Boolean.TRUE.equals(restricted), new EvidenceDraft(Lines.ofCommas(initiatives), Lines.ofCommas(outcomes),
                        Lines.ofCommas(documents), Lines.of(dataValues), Lines.of(links)), null);
    }

    public String translated(String language, String field) {
        return PostedTranslations.text(translation, language, field);
    }
}
