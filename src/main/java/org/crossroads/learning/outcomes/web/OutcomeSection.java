package org.crossroads.learning.outcomes.web;

import org.crossroads.learning.dashboards.web.Dashboard;
import org.crossroads.learning.dashboards.web.DashboardSections;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.learning.capabilities.CapabilityFramework;
import org.crossroads.learning.capabilities.CapabilityFrameworks;
import org.crossroads.learning.capabilities.CapabilityLevelCount;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeQuery;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Validated outcomes on the dashboards: the statements of an event or a city, counts by kind of change,
 * and for the network outcomes by capability and level. Drafts never appear here.
 */
@Component
class OutcomeSection implements DashboardSections {

    private static final List<String> LEVELS = List.of("individual", "institutional", "collective");

    private final OutcomeHarvest harvest;
    private final CapabilityFrameworks frameworks;
    private final Places places;
    private final Vocabularies vocabularies;
    private final MessageSource messages;

    OutcomeSection(OutcomeHarvest harvest, CapabilityFrameworks frameworks, Places places, Vocabularies vocabularies,
            MessageSource messages) {
        this.harvest = harvest;
        this.frameworks = frameworks;
        this.places = places;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    @Override
    public List<Dashboard.Table> forEvent(long eventId, boolean suppress, Locale locale) {
        return List.of(statements("outcomes", harvest.ofEvent(eventId), locale));
    }

    @Override
    public List<Dashboard.Table> forCity(long placeId, boolean suppress, Locale locale) {
        return List.of(statements("outcomes", harvest.ofPlace(placeId), locale),
                byChangeType(harvest.countsByChangeType(OutcomeQuery.validated().withPlace(placeId)), locale));
    }

    @Override
    public List<Dashboard.Table> forNetwork(Long organisationId, boolean suppress, Locale locale) {
        OutcomeQuery filter = organisationId == null ? OutcomeQuery.validated() : OutcomeQuery.validated().withNetwork(organisationId);
        List<CapabilityLevelCount> counts = harvest.countsByCapabilityAndLevel(filter);
        CapabilityFramework framework = frameworks.findByCode(CapabilityFrameworks.FIVE_CORE_CAPABILITIES).orElseThrow();
        List<String> headers = new ArrayList<>();
        headers.add(text("learning.dash.capability", locale));
        LEVELS.forEach(l -> headers.add(vocabularies.label("capability_level", l, locale)));
        headers.add(text("learning.dash.total", locale));
        List<Dashboard.Row> rows = new ArrayList<>();
        for (CapabilityFramework.Capability c : framework.capabilities()) {
            List<String> cells = new ArrayList<>();
            cells.add(c.name().in(locale));
            long total = 0;
            for (String level : LEVELS) {
                long n = counts.stream().filter(x -> x.capabilityId() == c.id() && x.level().equals(level))
                        .mapToLong(CapabilityLevelCount::count).sum();
                total += n;
                cells.add(String.valueOf(n));
            }
            cells.add(String.valueOf(total));
            rows.add(new Dashboard.Row(cells, (int) total));
        }
        return List.of(new Dashboard.Table("outcomes-by-capability", text("learning.dash.outcomesByCapability", locale),
                headers, rows, true, text("learning.dash.outcomesValidatedOnly", locale)),
                byChangeType(harvest.countsByChangeType(filter), locale));
    }

    private Dashboard.Table statements(String id, List<OutcomeStatement> outcomes, Locale locale) {
        Map<Long, Place> cities = places.findAll(outcomes.stream().map(OutcomeStatement::placeId).filter(p -> p != null).toList());
        List<Dashboard.Row> rows = outcomes.stream().map(o -> new Dashboard.Row(List.of(
                o.observedOn() == null ? "–" : o.observedOn().toString(),
                o.placeId() != null && cities.containsKey(o.placeId()) ? cities.get(o.placeId()).name() : "–",
                o.changeAgent(), vocabularies.label("change_type", o.changeType(), locale), o.description(locale)), null)).toList();
        return new Dashboard.Table(id, text("learning.dash.outcomes", locale),
                List.of(text("learning.dash.when", locale), text("learning.person.city", locale), text("learning.dash.who", locale),
                        text("learning.dash.changeType", locale), text("learning.dash.whatChanged", locale)),
                rows, false, text("learning.dash.outcomesValidatedOnly", locale));
    }

    private Dashboard.Table byChangeType(Map<String, Long> counts, Locale locale) {
        List<Dashboard.Row> rows = counts.entrySet().stream().map(e -> new Dashboard.Row(List.of(
                vocabularies.label("change_type", e.getKey(), locale), String.valueOf(e.getValue())),
                e.getValue().intValue())).toList();
        boolean any = counts.values().stream().anyMatch(v -> v > 0);
        return new Dashboard.Table("outcomes-by-change", text("learning.dash.outcomesByChange", locale),
                List.of(text("learning.dash.changeType", locale), text("learning.dash.count", locale)),
                any ? rows : List.of(), true, null);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
