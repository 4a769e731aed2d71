package org.crossroads.commitments.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Evidence;
import org.crossroads.commitments.Framework;
import org.crossroads.commitments.Pledge;
import org.crossroads.commitments.Pledges;
import org.crossroads.commitments.Recommendation;
import org.crossroads.commitments.Recommendations;
import org.crossroads.commitments.Signature;
import org.crossroads.commitments.StatusChange;
import org.crossroads.commitments.Uptake;
import org.crossroads.commitments.web.CommitmentPayloads.EvidencePayload;
import org.crossroads.commitments.web.CommitmentPayloads.Figure;
import org.crossroads.commitments.web.CommitmentPayloads.Party;
import org.crossroads.commitments.web.CommitmentPayloads.PledgePayload;
import org.crossroads.commitments.web.CommitmentPayloads.RecommendationPayload;
import org.crossroads.commitments.web.CommitmentPayloads.SignaturePayload;
import org.crossroads.commitments.web.CommitmentPayloads.StatusChangePayload;
import org.crossroads.commitments.web.CommitmentPayloads.Text;
import org.crossroads.commitments.web.CommitmentPayloads.UptakePayload;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.Places;
import org.crossroads.library.Documents;
import org.springframework.stereotype.Component;

/**
 * Turns the module's records into the API's payloads as one reader may see them, reading the directory's names a list
 * at a time; the files (CSV, XLSX) name parties the same way.
 */
@Component
class CommitmentApiParts {

    private final Pledges pledges;
    private final Recommendations recommendations;
    private final Places places;
    private final PlaceNames placeNames;
    private final Organisations organisations;
    private final Documents documents;
    private final EvidenceViews evidence;

    CommitmentApiParts(Pledges pledges, Recommendations recommendations, Places places, PlaceNames placeNames,
            Organisations organisations, Documents documents, EvidenceViews evidence) {
        this.pledges = pledges;
        this.recommendations = recommendations;
        this.places = places;
        this.placeNames = placeNames;
        this.organisations = organisations;
        this.documents = documents;
        this.evidence = evidence;
    }

    /** The names of the cities and organisations a list of records names, read once. */
    record Names(Map<Long, Place> cities, Map<Long, String> cityNames, Map<Long, Organisation> organisations) {

        Party party(Long placeId, Long organisationId) {
            if (placeId != null) {
                Place p = cities.get(placeId);
                return new Party(placeId, null, cityNames.get(placeId), p == null ? null : p.countryCode());
            }
            if (organisationId != null) {
                Organisation o = organisations.get(organisationId);
                return new Party(null, organisationId, o == null ? null : o.name(), null);
            }
            return null;
        }

        /** "Name, CC" as files and forms write a city; an organisation by its name. */
        String reference(Long placeId, Long organisationId) {
            Party p = party(placeId, organisationId);
            if (p == null || p.name() == null) {
                return placeId != null ? "#" + placeId : organisationId != null ? "#" + organisationId : "";
            }
            return p.countryCode() == null ? p.name() : p.name() + ", " + p.countryCode();
        }
    }

    Names names(Collection<Long> placeIds, Collection<Long> organisationIds, Locale locale) {
        Map<Long, Place> cities = places.findAll(placeIds);
        return new Names(cities, placeNames.in(cities.values(), locale), organisations.findAll(organisationIds));
    }

    Names namesOfPledges(List<Pledge> list, Locale locale) {
        return names(list.stream().flatMap(p -> p.placeIds().stream()).toList(),
                list.stream().flatMap(p -> p.organisationIds().stream()).toList(), locale);
    }

    List<PledgePayload> pledges(List<Pledge> list, boolean withHistory, Optional<Editor> reader, Locale locale) {
        Names names = namesOfPledges(list, locale);
        return list.stream().map(p -> new PledgePayload(p.id(), p.externalId(), p.frameworkId(),
                Text.of(p.text(), p.language(), p.translations(), "text", locale),
                p.parties().stream().map(x -> names.party(x.placeId(), x.organisationId())).toList(), p.articles(),
                p.gcmObjectives(), p.gcrObjectives(), p.themes(), p.target() == null ? null : p.target().iso(),
                p.responsibleOffice(), p.status().code(), p.statusOn(), p.restricted(), p.sources(),
                withHistory ? pledges.history(p.id(), reader).stream().map(c -> change(c, reader, locale)).toList() : null,
                p.version())).toList();
    }

    List<SignaturePayload> signatures(List<Signature> list, Locale locale) {
        Names names = names(list.stream().map(Signature::placeId).filter(java.util.Objects::nonNull).toList(),
                list.stream().map(Signature::organisationId).filter(java.util.Objects::nonNull).toList(), locale);
        return list.stream().map(s -> new SignaturePayload(s.id(), s.frameworkId(),
                names.party(s.placeId(), s.organisationId()), s.kind(), s.onBehalfOfMembers(),
                s.signed() == null ? null : s.signed().iso(), s.office(), s.restricted(), s.source())).toList();
    }

    RecommendationPayload recommendation(Recommendation r, boolean withUptakes, Optional<Editor> reader, Locale locale) {
        List<UptakePayload> uptakes = null;
        Figure unnamed = null;
        if (withUptakes) {
            List<Uptake> list = recommendations.uptakes(r.id(), reader);
            Names names = names(list.stream().map(Uptake::placeId).filter(java.util.Objects::nonNull).toList(),
                    list.stream().map(Uptake::organisationId).filter(java.util.Objects::nonNull).toList(), locale);
            uptakes = list.stream().map(u -> new UptakePayload(u.id(), names.party(u.placeId(), u.organisationId()),
                    u.actorName(), u.taken().iso(), Text.of(u.how(), u.language(), u.translations(), "how", locale),
                    u.restricted(), evidence(u.evidence(), reader, locale), u.source())).toList();
            unnamed = Figure.of(recommendations.unnamedUptakes(r.id(), reader));
        }
        return new RecommendationPayload(r.id(), r.externalId(), visibleDocument(r.documentId(), reader), r.eventId(),
                r.section(), r.number(), Text.of(r.text(), r.language(), r.translations(), "text", locale), r.addressees(),
                r.themes(), r.source(), r.uptakes(), uptakes, unnamed);
    }

    Party convener(Framework f) {
        if (f.convenerOrganisationId() != null) {
            return organisations.find(f.convenerOrganisationId())
                    .map(o -> new Party(null, o.id(), o.name(), null)).orElse(null);
        }
        return f.convenerName() == null ? null : new Party(null, null, f.convenerName(), null);
    }

    /** The document's id when this reader may see it, else null. */
    Long visibleDocument(Long documentId, Optional<Editor> reader) {
        return documentId == null || documents.find(documentId, reader).isEmpty() ? null : documentId;
    }

    private StatusChangePayload change(StatusChange c, Optional<Editor> reader, Locale locale) {
        return new StatusChangePayload(c.status().code(), c.on().iso(),
                Text.of(c.note(), c.language(), c.translations(), "note", locale), evidence(c.evidence(), reader, locale),
                c.source(), c.roundId() != null);
    }

    private List<EvidencePayload> evidence(List<Evidence> list, Optional<Editor> reader, Locale locale) {
        List<EvidenceViews.Shown> shown = evidence.of(list, reader, locale);
        List<EvidencePayload> payloads = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Link link = shown.get(i).record();
            payloads.add(new EvidencePayload(list.get(i).kind(), link.label(), link.href()));
        }
        return payloads;
    }
}
