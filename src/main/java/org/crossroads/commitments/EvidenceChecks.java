package org.crossroads.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crossroads.data.DataCatalogue;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.library.Documents;
import org.crossroads.shared.validation.FieldError;
import org.springframework.stereotype.Component;

/**
 * Resolves evidence to records the public can see: published initiatives, validated outcomes, public published
 * documents, data values of a catalogue indicator at a known place, and http(s) addresses. Evidence no one else can
 * open would prove nothing, and naming a hidden record would reveal it.
 */
@Component
class EvidenceChecks {

    private final Initiatives initiatives;
    private final OutcomeHarvest outcomes;
    private final Documents documents;
    private final DataCatalogue catalogue;
    private final Places places;
    private final org.crossroads.learning.events.LearningEvents events;

    EvidenceChecks(Initiatives initiatives, OutcomeHarvest outcomes, Documents documents, DataCatalogue catalogue,
            Places places, org.crossroads.learning.events.LearningEvents events) {
        this.events = events;
        this.initiatives = initiatives;
        this.outcomes = outcomes;
        this.documents = documents;
        this.catalogue = catalogue;
        this.places = places;
    }

    List<Evidence> check(EvidenceDraft d, List<FieldError> errors) {
        List<Evidence> evidence = new ArrayList<>();
        for (String ref : d.initiatives()) {
            initiative(ref).ifPresentOrElse(i -> add(evidence, Evidence.record("initiative", i.id())),
                    () -> errors.add(FieldError.of("evidence_initiatives", "commitments.error.unknownInitiative", ref)));
        }
        for (String ref : d.outcomes()) {
            Optional<Long> id = number(ref).filter(n -> outcomes.find(n, Optional.empty()).isPresent());
            id.ifPresentOrElse(n -> add(evidence, Evidence.record("outcome", n)),
                    () -> errors.add(FieldError.of("evidence_outcomes", "commitments.error.unknownOutcome", ref)));
        }
        for (String ref : d.documents()) {
            document(ref).ifPresentOrElse(n -> add(evidence, Evidence.record("document", n)),
                    () -> errors.add(FieldError.of("evidence_documents", "commitments.error.unknownDocument", ref)));
        }
        for (String line : d.dataValues()) {
            dataValue(line).ifPresentOrElse(v -> add(evidence, v),
                    () -> errors.add(FieldError.of("evidence_data_values", "commitments.error.badDataValue", line)));
        }
        for (String url : d.links()) {
            if (url.length() <= 2000 && url.matches("https?://[^\\s<>\"]+")) {
                add(evidence, Evidence.web(url));
            } else {
                errors.add(FieldError.of("evidence_links", "commitments.error.badLink", url));
            }
        }
        return evidence;
    }

    Optional<Initiative> initiative(String ref) {
        Optional<Initiative> found = ref.matches("\\d{1,18}") ? initiatives.find(Long.parseLong(ref))
                : initiatives.findByExternalId(ref);
        return found.filter(Initiative::isPublished);
    }

    /** A public, published document by number or external id. */
    Optional<Long> document(String ref) {
        Optional<Long> id = ref.matches("\\d{1,18}") ? Optional.of(Long.parseLong(ref)) : documents.idOf(ref);
        return id.filter(n -> documents.find(n, Optional.empty()).isPresent());
    }

    /** "indicator; city; year", the city as "Tangier, MA" or a number. */
    private Optional<Evidence> dataValue(String line) {
        String[] parts = line.split(";");
        if (parts.length != 3 || !parts[2].strip().matches("(19|20)\\d\\d")) {
            return Optional.empty();
        }
        var indicator = catalogue.indicator(parts[0].strip());
        Optional<Place> place = place(parts[1].strip());
        if (indicator.isEmpty() || place.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Evidence.dataValue(indicator.get().code(), place.get().id(), Integer.parseInt(parts[2].strip())));
    }

    /** A learning event by number or external id. */
    Optional<Long> event(String ref) {
        return (ref.matches("\\d{1,18}") ? events.find(Long.parseLong(ref)) : events.findByExternalId(ref))
                .map(org.crossroads.learning.events.LearningEvent::id);
    }

    Optional<Place> place(String ref) {
        return ref.matches("\\d{1,18}") ? places.find(Long.parseLong(ref)) : places.resolve(ref);
    }

    private static Optional<Long> number(String ref) {
        return ref.matches("\\d{1,18}") ? Optional.of(Long.parseLong(ref)) : Optional.empty();
    }

    private static void add(List<Evidence> evidence, Evidence e) {
        if (!evidence.contains(e)) {
            evidence.add(e);
        }
    }
}
