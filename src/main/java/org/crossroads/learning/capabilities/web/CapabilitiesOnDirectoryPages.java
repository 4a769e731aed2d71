package org.crossroads.learning.capabilities.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.RelatedRecords;
import org.crossroads.learning.capabilities.CapabilityAssessments;
import org.crossroads.learning.capabilities.CapabilityFramework;
import org.crossroads.learning.capabilities.CapabilityFrameworks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Links a city's page to its capability self-assessments, and a network's page to the capability view of
 * its member cities, when there is something to see.
 */
@Component
class CapabilitiesOnDirectoryPages implements RelatedRecords {

    private final CapabilityAssessments assessments;
    private final CapabilityFrameworks frameworks;
    private final Organisations organisations;
    private final Memberships memberships;
    private final CapabilityViews views;
    private final MessageSource messages;

    CapabilitiesOnDirectoryPages(CapabilityAssessments assessments, CapabilityFrameworks frameworks,
            Organisations organisations, Memberships memberships, CapabilityViews views, MessageSource messages) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.memberships = memberships;
        this.views = views;
        this.messages = messages;
    }

    @Override
    public List<Section> forPlace(long placeId, Locale locale) {
        if (!assessments.hasAssessments(placeId)) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (CapabilityFramework f : frameworks.all()) {
            List<String> periods = assessments.periodsOf(placeId, f.id());
            if (!periods.isEmpty()) {
                items.add(new Item(f.name().in(locale), "/cities/" + placeId + "/capabilities?framework=" + f.code(),
                        String.join(", ", periods.stream().map(p -> views.period(p, locale)).toList())));
            }
        }
        return List.of(new Section("capabilities.related.city", items));
    }

    @Override
    public List<Section> forOrganisation(long organisationId, Locale locale) {
        boolean network = organisations.find(organisationId).map(o -> o.isNetwork()).orElse(false);
        if (!network || !assessments.anyAssessed(memberships.ofOrganisation(organisationId).stream()
                .map(m -> m.placeId()).toList())) {
            return List.of();
        }
        return List.of(new Section("capabilities.related.network", List.of(new Item(
                messages.getMessage("capabilities.related.networkLink", null, locale),
                "/capabilities?network=" + organisationId, null))));
    }
}
