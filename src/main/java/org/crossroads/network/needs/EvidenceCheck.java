package org.crossroads.network.needs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.crossroads.data.DataCatalogue;
import org.crossroads.data.DataValues;
import org.crossroads.data.Indicator;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.shared.validation.FieldError;
import org.springframework.stereotype.Component;

/**
 * Checks that each piece of evidence an offer cites exists, is public and concerns the offering city, through
 * the owning modules' public reads: an initiative published and carried out at the city; an outcome validated
 * and that happened in the city, was inspired by it or had it as a peer; an indicator the city has public values
 * of. Evidence that a reader could not open, or that is about another city, would mislead a peer.
 */
@Component
class EvidenceCheck {

    static final int MAX_PER_KIND = 20;

    private final Initiatives initiatives;
    private final OutcomeHarvest outcomes;
    private final DataCatalogue catalogue;
    private final DataValues values;

    EvidenceCheck(Initiatives initiatives, OutcomeHarvest outcomes, DataCatalogue catalogue, DataValues values) {
        this.initiatives = initiatives;
        this.outcomes = outcomes;
        this.catalogue = catalogue;
        this.values = values;
    }

    Evidence check(List<FieldError> errors, long placeId, Evidence given) {
        List<Long> initiativeIds = distinct(errors, "initiatives", given.initiativeIds());
        for (long id : initiativeIds) {
            Optional<Initiative> initiative = initiatives.find(id).filter(Initiative::isPublished);
            if (initiative.isEmpty()) {
                errors.add(FieldError.of("initiatives", "needs.error.unknownInitiative", id));
            } else if (!initiative.get().placeIds().contains(placeId)) {
                errors.add(FieldError.of("initiatives", "needs.error.initiativeElsewhere", id, initiative.get().name()));
            }
        }
        List<Long> outcomeIds = distinct(errors, "outcomes", given.outcomeIds());
        for (long id : outcomeIds) {
            // the public's view: only validated statements, with the Chatham House rule applied
            Optional<OutcomeStatement> outcome = outcomes.find(id, Optional.empty()).filter(OutcomeStatement::isValidated);
            if (outcome.isEmpty()) {
                errors.add(FieldError.of("outcomes", "needs.error.unknownOutcome", id));
            } else if (!concerns(outcome.get(), placeId)) {
                errors.add(FieldError.of("outcomes", "needs.error.outcomeElsewhere", id));
            }
        }
        List<Long> indicatorIds = distinct(errors, "indicators", given.indicatorIds());
        for (long id : indicatorIds) {
            Optional<Indicator> indicator = catalogue.indicator(id);
            if (indicator.isEmpty()) {
                errors.add(FieldError.of("indicators", "needs.error.unknownIndicator", id));
            } else if (values.find(new DataValues.Query(List.of(indicator.get().code()), List.of(placeId), List.of(),
                    List.of("public"), List.of(), 1, 0)).isEmpty()) {
                errors.add(FieldError.of("indicators", "needs.error.indicatorWithoutData", id, indicator.get().code()));
            }
        }
        return new Evidence(initiativeIds, outcomeIds, indicatorIds);
    }

    private static boolean concerns(OutcomeStatement o, long placeId) {
        return Long.valueOf(placeId).equals(o.placeId()) || Long.valueOf(placeId).equals(o.inspiredByPlaceId())
                || o.peerPlaceIds().contains(placeId);
    }

    private static List<Long> distinct(List<FieldError> errors, String field, List<Long> ids) {
        List<Long> unique = List.copyOf(new LinkedHashSet<>(ids));
        if (unique.size() > MAX_PER_KIND) {
            errors.add(FieldError.of(field, "needs.error.tooMany", unique.size(), MAX_PER_KIND));
            return unique.subList(0, MAX_PER_KIND);
        }
        return unique;
    }
}
