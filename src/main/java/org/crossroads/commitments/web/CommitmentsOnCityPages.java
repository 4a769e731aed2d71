package org.crossroads.commitments.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Framework;
import org.crossroads.commitments.Frameworks;
import org.crossroads.commitments.PledgeQuery;
import org.crossroads.commitments.Pledges;
import org.crossroads.commitments.Recommendations;
import org.crossroads.commitments.Signature;
import org.crossroads.commitments.Uptake;
import org.crossroads.directory.RelatedRecords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The "commitments" section of a city's page: the frameworks it signed, its pledges with where each stands, and the
 * recommendations it took up; of an organisation's page, the frameworks it signed and the pledges it is party to.
 * Restricted records appear only for readers who may see them.
 */
@Component
class CommitmentsOnCityPages implements RelatedRecords {

    private static final int SHOWN = 20;

    private final Frameworks frameworks;
    private final Pledges pledges;
    private final Recommendations recommendations;
    private final CommitmentViews views;
    private final CurrentEditor currentEditor;
    private final MessageSource messages;

    CommitmentsOnCityPages(Frameworks frameworks, Pledges pledges, Recommendations recommendations,
            CommitmentViews views, CurrentEditor currentEditor, MessageSource messages) {
        this.frameworks = frameworks;
        this.pledges = pledges;
        this.recommendations = recommendations;
        this.views = views;
        this.currentEditor = currentEditor;
        this.messages = messages;
    }

    @Override
    public List<Section> forPlace(long placeId, Locale locale) {
        Optional<Editor> reader = currentEditor.get();
        List<Item> items = new ArrayList<>();
        for (Signature s : frameworks.signaturesOf(placeId, reader)) {
            frameworks.find(s.frameworkId()).ifPresent(f -> items.add(signatureItem(f, s, locale)));
        }
        PledgeQuery ofPlace = PledgeQuery.ofPlace(placeId);
        long count = pledges.count(ofPlace, reader);
        for (CommitmentViews.PledgeSummary p : views.pledgeSummaries(pledges.search(ofPlace, reader, SHOWN, 0), locale)) {
            items.add(new Item(p.text().text(), "/pledges/" + p.id(), messages.getMessage("commitments.related.pledge",
                    new Object[] {p.status(), p.statusOn()}, locale)));
        }
        if (count > SHOWN) {
            items.add(new Item(messages.getMessage("commitments.related.allPledges", null, locale),
                    "/pledges?city=" + placeId, null));
        }
        for (Uptake u : recommendations.uptakesOf(placeId, reader)) {
            recommendations.find(u.recommendationId(), reader).ifPresent(r -> items.add(new Item(
                    abbreviate(r.text(locale).text()), "/recommendations/" + r.id(),
                    messages.getMessage("commitments.related.uptake", new Object[] {u.taken().format(locale)}, locale))));
        }
        return items.isEmpty() ? List.of() : List.of(new Section("commitments.related.title", items));
    }

    @Override
    public List<Section> forOrganisation(long organisationId, Locale locale) {
        Optional<Editor> reader = currentEditor.get();
        List<Item> items = new ArrayList<>();
        for (Signature s : frameworks.signaturesOfOrganisation(organisationId, reader)) {
            frameworks.find(s.frameworkId()).ifPresent(f -> items.add(signatureItem(f, s, locale)));
        }
        PledgeQuery ofOrganisation = new PledgeQuery(null, null, organisationId, null, null, null);
        for (CommitmentViews.PledgeSummary p : views.pledgeSummaries(pledges.search(ofOrganisation, reader, SHOWN, 0),
                locale)) {
            items.add(new Item(p.text().text(), "/pledges/" + p.id(), messages.getMessage("commitments.related.pledge",
                    new Object[] {p.status(), p.statusOn()}, locale)));
        }
        return items.isEmpty() ? List.of() : List.of(new Section("commitments.related.title", items));
    }

    private Item signatureItem(Framework f, Signature s, Locale locale) {
        CommitmentViews.SignatoryView v = views.signatory(s, locale);
        return new Item(f.title(locale).text(), "/frameworks/" + f.id(),
                v.signed() == null ? v.kind() : v.kind() + " · " + v.signed());
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 140 ? text : text.substring(0, 137) + "…";
    }
}
