package org.crossroads.learning.outcomes;

import org.crossroads.learning.LearningVocabularies;
import org.crossroads.learning.Texts;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * Checks an outcome draft field by field (field names as in the form and the CSV export) and resolves its
 * cities, network, inspiring initiative, events and capability tags.
 */
@Component
class OutcomeValidation {

    static final int MAX_PEERS = 50;

    private final Places places;
    private final Organisations organisations;
    private final Initiatives initiatives;
    private final LearningEvents events;
    private final OutcomeStatements statements;
    private final Vocabularies vocabularies;

    OutcomeValidation(Places places, Organisations organisations, Initiatives initiatives, LearningEvents events,
            OutcomeStatements statements, Vocabularies vocabularies) {
        this.places = places;
        this.organisations = organisations;
        this.initiatives = initiatives;
        this.events = events;
        this.statements = statements;
        this.vocabularies = vocabularies;
    }

    /**
     * @param editor who drafts it (their own network is preferred among the organisers of linked events), or null
     * @throws InvalidEntryException listing every error
     */
    ResolvedOutcome check(OutcomeDraft d, Editor editor) {
        List<FieldError> errors = new ArrayList<>();
        Texts.check(errors, "change_agent", d.changeAgent(), true, 300);
        Texts.check(errors, "description", d.description(), true, 5000);
        Texts.check(errors, "significance", d.significance(), false, 5000);
        Texts.check(errors, "contribution", d.contribution(), false, 5000);
        Texts.check(errors, "source", d.source(), false, 500);
        Texts.check(errors, "evidence", d.evidence(), false, 5000);
        Texts.check(errors, "inspired_by_practice", d.inspiredByPractice(), false, 500);
        Texts.checkTranslations(errors, d.language(), d.translations(),
                Map.of("description", 5000, "significance", 5000, "contribution", 5000));
        if (d.changeType() == null || d.changeType().isBlank()) {
            errors.add(FieldError.of("change_type", "learning.error.required"));
        } else if (!vocabularies.contains(LearningVocabularies.CHANGE_TYPE, d.changeType())) {
            errors.add(FieldError.of("change_type", "learning.error.unknownValue", d.changeType()));
        }
        if (d.observedOn() != null && d.observedOn().isAfter(LocalDate.now())) {
            errors.add(FieldError.of("observed_on", "outcomes.error.future", d.observedOn()));
        }
        Long placeId = place("city", d.city(), errors);
        Long inspiredByPlaceId = place("inspired_by_city", d.inspiredByCity(), errors);
        Set<Long> peers = new LinkedHashSet<>();
        for (String reference : d.peerCities()) {
            Long peer = place("peer_cities", reference, errors);
            if (peer != null) {
                peers.add(peer);
            }
        }
        if (peers.size() > MAX_PEERS) {
            errors.add(FieldError.of("peer_cities", "outcomes.error.tooMany", MAX_PEERS));
        }
        Long initiativeId = initiative(d.inspiredByInitiative(), errors);
        Set<Long> eventIds = new LinkedHashSet<>(d.eventIds());
        Map<Long, LearningEvent> linked = events.findAll(eventIds);
        eventIds.stream().filter(id -> !linked.containsKey(id))
                .forEach(id -> errors.add(FieldError.of("events", "outcomes.error.unknownEvent", id)));
        Long networkId = network(d.network(), linked.values(), editor, errors);
        List<ResolvedOutcome.Tag> tags = new ArrayList<>();
        for (OutcomeDraft.CapabilityTag tag : d.capabilities()) {
            Optional<Long> capability = statements.capabilityId(tag.capability());
            if (capability.isEmpty()) {
                errors.add(FieldError.of("capabilities", "outcomes.error.unknownCapability", tag.capability()));
            } else if (!vocabularies.contains(LearningVocabularies.CAPABILITY_LEVEL, tag.level())) {
                errors.add(FieldError.of("capabilities", "outcomes.error.unknownLevel", tag.level()));
            } else {
                ResolvedOutcome.Tag resolved = new ResolvedOutcome.Tag(capability.get(), tag.level());
                if (!tags.contains(resolved)) {
                    tags.add(resolved);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new ResolvedOutcome(d, placeId, List.copyOf(peers), inspiredByPlaceId, initiativeId, networkId,
                List.copyOf(eventIds), List.copyOf(tags));
    }

    private Long place(String field, String reference, List<FieldError> errors) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        Long id = places.resolve(reference).map(p -> p.id()).orElse(null);
        if (id == null) {
            // the nearest names, so that "Tuscany, IT" or "Sfaks, TN" comes with something to pick
            List<String> near = places.nearestMatches(reference, 3).stream().map(p -> p.name() + ", " + p.countryCode())
                    .distinct().toList();
            errors.add(near.isEmpty() ? FieldError.of(field, "learning.error.unknownPlace", reference.strip())
                    : FieldError.of(field, "learning.error.unknownPlaceNear", reference.strip(), String.join("; ", near)));
        }
        return id;
    }

    private Long initiative(String reference, List<FieldError> errors) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String ref = reference.strip();
        Optional<Initiative> found = ref.matches("\\d{1,18}") ? initiatives.find(Long.parseLong(ref))
                : initiatives.findByExternalId(ref);
        if (found.isEmpty() || !found.get().isPublished()) {
            errors.add(FieldError.of("inspired_by_initiative", "outcomes.error.unknownInitiative", ref));
            return null;
        }
        return found.get().id();
    }

    /**
     * The network named; else the drafting coordinator's own network when it organised a linked event (or
     * when no event is linked); else the first network among the linked events' organisers.
     */
    private Long network(String reference, java.util.Collection<LearningEvent> linked, Editor editor, List<FieldError> errors) {
        if (reference != null && !reference.isBlank()) {
            Optional<Organisation> named = organisations.resolve(reference);
            if (named.isEmpty()) {
                errors.add(FieldError.of("network", "learning.error.unknownOrganisation", reference.strip()));
                return null;
            }
            if (!named.get().isNetwork()) {
                errors.add(FieldError.of("network", "outcomes.error.notANetwork", named.get().shortName()));
                return null;
            }
            return named.get().id();
        }
        List<Long> organisers = linked.stream().flatMap(e -> e.organiserIds().stream()).distinct().toList();
        if (editor != null && editor.organisationId() != null && organisers.contains(editor.organisationId())) {
            return editor.organisationId();
        }
        if (organisers.isEmpty() && editor != null && editor.organisationId() != null) {
            return editor.organisationId();
        }
        Map<Long, Organisation> byId = organisations.findAll(organisers);
        Optional<Long> network = organisers.stream().filter(id -> byId.containsKey(id) && byId.get(id).isNetwork()).findFirst();
        if (network.isEmpty()) {
            errors.add(FieldError.of("network", "outcomes.error.networkRequired"));
        }
        return network.orElse(null);
    }
}
