package org.crossroads.learning.capabilities.web;

import org.crossroads.learning.dashboards.web.Dashboard;
import org.crossroads.learning.dashboards.web.DashboardSections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crossroads.directory.Memberships;
import org.crossroads.learning.capabilities.CapabilityAssessments;
import org.crossroads.learning.capabilities.CapabilityFramework;
import org.crossroads.learning.capabilities.CapabilityFrameworks;
import org.crossroads.learning.capabilities.CapabilityHeatMap;
import org.crossroads.learning.capabilities.CapabilityTrend;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Capabilities on the dashboards (Five Core Capabilities framework): a city's self-assessed trend by
 * period, and the network's capability by level heat map of the latest assessments.
 */
@Component
class CapabilitySection implements DashboardSections {

    private static final List<String> LEVELS = List.of("individual", "institutional", "collective");

    private final CapabilityAssessments assessments;
    private final CapabilityFrameworks frameworks;
    private final Memberships memberships;
    private final Vocabularies vocabularies;
    private final MessageSource messages;

    CapabilitySection(CapabilityAssessments assessments, CapabilityFrameworks frameworks, Memberships memberships,
            Vocabularies vocabularies, MessageSource messages) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.memberships = memberships;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    @Override
    public List<Dashboard.Table> forEvent(long eventId, boolean suppress, Locale locale) {
        return List.of();
    }

    @Override
    public List<Dashboard.Table> forCity(long placeId, boolean suppress, Locale locale) {
        CapabilityFramework framework = framework();
        CapabilityTrend trend = assessments.trend(placeId, framework.id());
        List<String> headers = new ArrayList<>();
        headers.add(text("learning.dash.capability", locale));
        headers.addAll(trend.periodNames());
        List<Dashboard.Row> rows = new ArrayList<>();
        for (CapabilityFramework.Capability c : framework.capabilities()) {
            List<String> cells = new ArrayList<>();
            cells.add(c.name().in(locale));
            trend.periods().forEach(p -> cells.add(p.capability(c.code()).map(a -> one(a.average(), locale)).orElse("–")));
            rows.add(new Dashboard.Row(cells, null));
        }
        return List.of(new Dashboard.Table("capability-trend", text("learning.dash.capabilityTrend", locale), headers,
                trend.periods().isEmpty() ? List.of() : rows, false, text("learning.dash.capabilityScale", locale)));
    }

    @Override
    public List<Dashboard.Table> forNetwork(Long organisationId, boolean suppress, Locale locale) {
        CapabilityFramework framework = framework();
        Collection<Long> members = organisationId == null ? null
                : memberships.ofOrganisation(organisationId).stream().map(m -> m.placeId()).collect(Collectors.toSet());
        CapabilityHeatMap map = assessments.heatMap(framework.id(), members);
        List<String> headers = new ArrayList<>();
        headers.add(text("learning.dash.capability", locale));
        LEVELS.forEach(l -> headers.add(vocabularies.label("capability_level", l, locale)));
        List<Dashboard.Row> rows = new ArrayList<>();
        for (CapabilityFramework.Capability c : framework.capabilities()) {
            List<String> cells = new ArrayList<>();
            cells.add(c.name().in(locale));
            LEVELS.forEach(l -> cells.add(map.cell(c.code(), l)
                    .map(cell -> messages.getMessage("learning.dash.heatCell", new Object[] {one(cell.average(), locale), cell.cities()}, locale))
                    .orElse("–")));
            rows.add(new Dashboard.Row(cells, null));
        }
        return List.of(new Dashboard.Table("heat-map", text("learning.dash.heatMap", locale), headers,
                map.cities() == 0 ? List.of() : rows, false,
                messages.getMessage("learning.dash.heatMapNote", new Object[] {map.cities()}, locale)));
    }

    private CapabilityFramework framework() {
        return frameworks.findByCode(CapabilityFrameworks.FIVE_CORE_CAPABILITIES).orElseThrow();
    }

    private static String one(double value, Locale locale) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
