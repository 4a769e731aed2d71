package org.crossroads.library.practices.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.directory.RelatedRecords;
import org.crossroads.library.practices.Practice;
import org.crossroads.library.practices.PracticeReads;
import org.crossroads.library.practices.PracticeTransfers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On a city's page: its practices (where it runs them), the practices it inspired elsewhere with where they went
 * (the "inspired by" credit), and the practices of other cities it adapted (or of a region or a country, named by
 * its countries).
 */
@Component
class PracticesOnCityPages implements RelatedRecords {

    private final PracticeReads reads;
    private final PracticeTransfers transfers;
    private final Places places;
    private final CurrentEditor currentEditor;
    private final MessageSource messages;

    PracticesOnCityPages(PracticeReads reads, PracticeTransfers transfers, Places places, CurrentEditor currentEditor,
            MessageSource messages) {
        this.reads = reads;
        this.transfers = transfers;
        this.places = places;
        this.currentEditor = currentEditor;
        this.messages = messages;
    }

    @Override
    public List<Section> forPlace(long placeId, Locale locale) {
        Optional<Editor> reader = currentEditor.get();
        List<Section> sections = new ArrayList<>();
        List<Practice> own = reads.ofPlace(placeId, reader);
        if (!own.isEmpty()) {
            List<Item> items = new ArrayList<>();
            for (Practice p : own) {
                String detail = p.isPublished() ? null : messages.getMessage("practices.proposed", null, locale);
                items.add(new Item(p.title(locale), "/practices/" + p.id(), detail));
            }
            items.add(new Item(messages.getMessage("practices.related.all", null, locale), "/practices?city=" + placeId, null));
            sections.add(new Section("practices.related.title", items));
        }
        List<PracticeTransfers.PublishedTransfer> from = transfers.from(placeId);
        List<PracticeTransfers.PublishedTransfer> to = transfers.to(placeId);
        if (!from.isEmpty() || !to.isEmpty()) {
            List<Long> ids = new ArrayList<>();
            from.forEach(t -> ids.add(t.toPlaceId()));
            to.stream().filter(PracticeTransfers.PublishedTransfer::fromCity).forEach(t -> ids.add(t.fromPlaceId()));
            Map<Long, Place> cities = places.findAll(ids);
            List<Item> items = new ArrayList<>();
            for (PracticeTransfers.PublishedTransfer t : from) {
                items.add(new Item(title(t, locale), "/practices/" + t.practiceId(),
                        messages.getMessage("practices.related.transferredTo", new Object[] {name(cities, t.toPlaceId()),
                            year(t)}, locale)));
            }
            for (PracticeTransfers.PublishedTransfer t : to) {
                items.add(new Item(title(t, locale), "/practices/" + t.practiceId(),
                        messages.getMessage("practices.related.adaptedFrom", new Object[] {from(cities, t, locale),
                            year(t)}, locale)));
            }
            sections.add(new Section("practices.related.transfers", items));
        }
        return sections;
    }

    @Override
    public List<Section> forOrganisation(long organisationId, Locale locale) {
        return List.of();
    }

    private String title(PracticeTransfers.PublishedTransfer t, Locale locale) {
        return reads.find(t.practiceId(), Optional.empty()).map(p -> p.title(locale)).orElse(t.practiceTitle());
    }

    /** The year as a plain number (no grouping separator), or "none" when not known: the message chooses its wording. */
    private static String year(PracticeTransfers.PublishedTransfer t) {
        return t.year() == null ? "none" : String.valueOf(t.year());
    }

    /** The inspiring city, or the countries of a practice of a region or a country. */
    private static String from(Map<Long, Place> cities, PracticeTransfers.PublishedTransfer t, Locale locale) {
        if (t.fromCity()) {
            return name(cities, t.fromPlaceId());
        }
        return String.join(", ", t.fromCountries().stream().map(c -> new Locale("", c).getDisplayCountry(locale)).toList());
    }

    private static String name(Map<Long, Place> cities, long id) {
        Place p = cities.get(id);
        return p == null ? "#" + id : p.name();
    }
}
