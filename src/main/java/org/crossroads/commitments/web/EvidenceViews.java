package org.crossroads.commitments.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Evidence;
import org.crossroads.data.DataCatalogue;
import org.crossroads.data.Indicator;
import org.crossroads.data.ProtectedValue;
import org.crossroads.data.SelectedValues;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.library.Documents;
import org.crossroads.shared.web.Figures;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Evidence as a reader sees it: each record named and linked as its own module shows it to this reader (a record
 * since withdrawn or hidden is named "no longer available", never revealed), and a data value read through the data
 * module's {@link SelectedValues}, so that a protected count reads "&lt;5" here as on the data pages.
 */
@Component
class EvidenceViews {

    private final Initiatives initiatives;
    private final OutcomeHarvest outcomes;
    private final Documents documents;
    private final SelectedValues values;
    private final DataCatalogue catalogue;
    private final Places places;
    private final PlaceNames placeNames;
    private final Figures figures;
    private final MessageSource messages;

    EvidenceViews(Initiatives initiatives, OutcomeHarvest outcomes, Documents documents, SelectedValues values,
            DataCatalogue catalogue, Places places, PlaceNames placeNames, Figures figures, MessageSource messages) {
        this.initiatives = initiatives;
        this.outcomes = outcomes;
        this.documents = documents;
        this.values = values;
        this.catalogue = catalogue;
        this.places = places;
        this.placeNames = placeNames;
        this.figures = figures;
        this.messages = messages;
    }

    /** One line of evidence: what kind, and the record named and linked. */
    record Shown(String kindLabel, Link record) {}

    List<Shown> of(List<Evidence> evidence, Optional<Editor> reader, Locale locale) {
        List<Shown> shown = new ArrayList<>();
        for (Evidence e : evidence) {
            shown.add(new Shown(messages.getMessage("commitments.evidence." + e.kind(), null, locale), link(e, reader, locale)));
        }
        return shown;
    }

    private Link link(Evidence e, Optional<Editor> reader, Locale locale) {
        Link gone = Link.plain(messages.getMessage("commitments.evidence.unavailable", null, locale));
        return switch (e.kind()) {
            case "initiative" -> initiatives.find(e.recordId()).filter(i -> i.isPublished())
                    .map(i -> new Link(i.name(locale), "/initiatives/" + i.id())).orElse(gone);
            case "outcome" -> outcomes.find(e.recordId(), reader)
                    .map(o -> new Link(abbreviate(o.description(locale)), "/outcomes/" + o.id())).orElse(gone);
            case "document" -> documents.find(e.recordId(), reader)
                    .map(d -> new Link(d.title(locale), "/documents/" + d.id())).orElse(gone);
            case "data_value" -> dataValue(e, reader, locale);
            default -> new Link(e.url(), e.url());
        };
    }

    /** "Refugees registered, Sfax, 2021: 1,234" with the number as the reader may see it. */
    private Link dataValue(Evidence e, Optional<Editor> reader, Locale locale) {
        Optional<Indicator> indicator = catalogue.indicator(e.indicatorCode());
        String city = places.find(e.placeId()).map(p -> placeNames.in(p, locale)).orElse("#" + e.placeId());
        String name = indicator.map(i -> i.name().in(locale)).orElse(e.indicatorCode());
        String figure = messages.getMessage("commitments.evidence.valueUnavailable", null, locale);
        if (indicator.isPresent()) {
            Optional<ProtectedValue> total = values.find(List.of(e.indicatorCode()), List.of(String.valueOf(e.placeId())),
                    List.of(String.valueOf(e.year())), reader, 500, 0).values().stream()
                    .filter(v -> v.combination() == null || v.combination().isEmpty()).findFirst();
            if (total.isPresent()) {
                figure = total.get().value() == null ? total.get().suppressed()
                        : figures.decimal(total.get().value(), indicator.get().decimals(), locale);
            }
        }
        String label = name + ", " + city + ", " + e.year() + ": " + figure;
        return new Link(label, "/data/values?indicator=" + e.indicatorCode() + "&place=" + e.placeId() + "&period=" + e.year());
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 160 ? text : text.substring(0, 157) + "…";
    }
}
