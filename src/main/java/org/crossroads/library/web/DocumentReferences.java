package org.crossroads.library.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.library.Document;
import org.springframework.stereotype.Component;

/**
 * A document's references written back as the import format and the form take them ({@code "Sfax, TN"},
 * {@code org:mc2cm}, {@code init:…}, {@code mc2cm:event:02}), read in one go for a whole list.
 */
@Component
class DocumentReferences {

    private final Places places;
    private final Organisations organisations;
    private final Initiatives initiatives;
    private final LearningEvents events;

    DocumentReferences(Places places, Organisations organisations, Initiatives initiatives, LearningEvents events) {
        this.places = places;
        this.organisations = organisations;
        this.initiatives = initiatives;
        this.events = events;
    }

    record Written(List<String> cities, List<String> authors, List<String> authorOrganisations, List<String> publishers,
            List<String> networks, List<String> funders, List<String> initiatives, List<String> events) {}

    /** The names the references of these documents need, read once. */
    final class Names {
        private final Map<Long, Place> placesById;
        private final Map<Long, Organisation> organisationsById;
        private final Map<Long, Initiative> initiativesById;
        private final Map<Long, LearningEvent> eventsById;

        private Names(Collection<Document> documents) {
            Set<Long> p = new HashSet<>();
            Set<Long> o = new HashSet<>();
            Set<Long> i = new HashSet<>();
            Set<Long> e = new HashSet<>();
            for (Document d : documents) {
                p.addAll(d.placeIds());
                d.organisations().forEach(x -> o.add(x.organisationId()));
                d.authors().stream().filter(a -> a.organisationId() != null).forEach(a -> o.add(a.organisationId()));
                i.addAll(d.linked(Document.INITIATIVE));
                e.addAll(d.linked(Document.EVENT));
            }
            placesById = p.isEmpty() ? Map.of() : places.findAll(p);
            organisationsById = o.isEmpty() ? Map.of() : organisations.findAll(o);
            Map<Long, Initiative> found = new java.util.HashMap<>();
            if (!i.isEmpty()) {
                initiatives.findAll(new ArrayList<>(i)).forEach(x -> found.put(x.id(), x));
            }
            initiativesById = found;
            eventsById = e.isEmpty() ? Map.of() : events.findAll(e);
        }

        Written written(Document d) {
            return new Written(
                    refs(d.placeIds(), placesById, Place::reference),
                    d.authors().stream().filter(a -> a.name() != null).map(Document.Author::name).toList(),
                    refs(d.authors().stream().filter(a -> a.organisationId() != null).map(Document.Author::organisationId).toList(),
                            organisationsById, DocumentReferences::organisation),
                    refs(d.organisationIds("publisher"), organisationsById, DocumentReferences::organisation),
                    refs(d.organisationIds("network"), organisationsById, DocumentReferences::organisation),
                    refs(d.organisationIds("funder"), organisationsById, DocumentReferences::organisation),
                    refs(d.linked(Document.INITIATIVE), initiativesById, x -> x.externalId() != null ? x.externalId() : Long.toString(x.id())),
                    refs(d.linked(Document.EVENT), eventsById, x -> x.externalId() != null ? x.externalId() : Long.toString(x.id())));
        }

        Organisation organisation(long id) {
            return organisationsById.get(id);
        }
    }

    Names names(Collection<Document> documents) {
        return new Names(documents);
    }

    Written written(Document d) {
        return names(List.of(d)).written(d);
    }

    private static String organisation(Organisation o) {
        return o.externalId() != null ? o.externalId() : o.name();
    }

    private static <T> List<String> refs(List<Long> ids, Map<Long, T> byId, Function<T, String> write) {
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(write).toList();
    }
}
