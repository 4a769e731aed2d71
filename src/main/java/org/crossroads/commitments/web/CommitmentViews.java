package org.crossroads.commitments.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.CommitmentPermissions;
import org.crossroads.commitments.Framework;
import org.crossroads.commitments.Frameworks;
import org.crossroads.commitments.PartialDate;
import org.crossroads.commitments.Pledge;
import org.crossroads.commitments.PledgeQuery;
import org.crossroads.commitments.Pledges;
import org.crossroads.commitments.Recommendation;
import org.crossroads.commitments.Recommendations;
import org.crossroads.commitments.ReviewCycle;
import org.crossroads.commitments.Signature;
import org.crossroads.commitments.Source;
import org.crossroads.commitments.StatusChange;
import org.crossroads.commitments.StatusFigures;
import org.crossroads.commitments.Uptake;
import org.crossroads.commitments.UptakeRecording;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.Places;
import org.crossroads.library.Documents;
import org.crossroads.shared.vocabulary.ShownText;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.Figures;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the commitments pages show, in the reader's language and as the reader may see it. */
@Component
class CommitmentViews {

    private final Frameworks frameworks;
    private final Pledges pledges;
    private final Recommendations recommendations;
    private final CommitmentPermissions permissions;
    private final Places places;
    private final PlaceNames placeNames;
    private final Organisations organisations;
    private final Documents documents;
    private final Vocabularies vocabularies;
    private final EvidenceViews evidence;
    private final Figures figures;
    private final MessageSource messages;
    private final UptakeRecording uptakeRecording;

    CommitmentViews(Frameworks frameworks, Pledges pledges, Recommendations recommendations,
            CommitmentPermissions permissions, Places places, PlaceNames placeNames, Organisations organisations,
            Documents documents, Vocabularies vocabularies, EvidenceViews evidence, Figures figures,
            MessageSource messages, UptakeRecording uptakeRecording) {
        this.uptakeRecording = uptakeRecording;
        this.frameworks = frameworks;
        this.pledges = pledges;
        this.recommendations = recommendations;
        this.permissions = permissions;
        this.places = places;
        this.placeNames = placeNames;
        this.organisations = organisations;
        this.documents = documents;
        this.vocabularies = vocabularies;
        this.evidence = evidence;
        this.figures = figures;
        this.messages = messages;
    }

    record FrameworkSummary(long id, ShownText title, String kind, String adopted, Link convener, int signatories,
            List<String> stated) {}

    record Article(int number, String label, ShownText text) {}

    record Cycle(long id, ShownText name, String dates) {}

    record SignatoryView(long id, Link party, String kind, String signed, String office, boolean restricted,
            Source source) {}

    /** The pledges by status as they stood at a review. */
    record Progress(Cycle cycle, StatusFigures figures) {}

    record FrameworkView(FrameworkSummary summary, ShownText summaryText, Link document, List<Article> articles,
            List<Cycle> cycles, List<SignatoryView> signatories, StatusFigures.Figure unnamedSignatories,
            StatusFigures figures, List<Progress> progress, List<Source> sources) {}

    record PledgeSummary(long id, ShownText text, List<Link> parties, String status, String statusCode, String statusOn,
            Link framework, boolean restricted) {}

    record Change(long id, String status, String statusCode, String on, ShownText note,
            List<EvidenceViews.Shown> evidence, Source source) {}

    record PledgeView(PledgeSummary summary, Pledge pledge, List<Article> articles, List<String> gcmObjectives,
            List<String> gcrObjectives, List<String> themes, String target, List<Change> history,
            List<Source> sources) {}

    record RecommendationSummary(long id, ShownText text, Link document, String section, List<String> addressees,
            List<String> themes, int uptakes) {}

    /** An uptake as shown; {@code changeable}: the reader may change or remove it. */
    record UptakeView(long id, Link actor, String taken, ShownText how, boolean restricted,
            List<EvidenceViews.Shown> evidence, Source source, boolean changeable) {}

    record RecommendationView(RecommendationSummary summary, Recommendation recommendation, List<UptakeView> uptakes,
            StatusFigures.Figure unnamedUptakes, Source source) {}

    FrameworkSummary summary(Framework f, Optional<Editor> reader, Locale locale) {
        return new FrameworkSummary(f.id(), f.title(locale), messages.getMessage("commitments.kind." + f.kind(), null, locale),
                date(f.adopted(), locale), convener(f), frameworks.signatures(f.id(), reader).size(), stated(f, locale));
    }

    FrameworkView framework(Framework f, Optional<Editor> reader, Locale locale) {
        List<Signature> signatures = frameworks.signatures(f.id(), reader);
        PledgeQuery ofFramework = PledgeQuery.ofFramework(f.id());
        List<ReviewCycle> reviews = frameworks.cyclesOf(f);
        List<Cycle> cycles = reviews.stream().map(c -> cycle(c, locale)).toList();
        // the figures at every review in one statement
        Map<java.time.LocalDate, StatusFigures> atReviews = pledges.figuresAt(ofFramework,
                reviews.stream().map(ReviewCycle::asOf).toList(), reader);
        List<Progress> progress = new ArrayList<>();
        for (ReviewCycle c : reviews) {
            progress.add(new Progress(cycle(c, locale), atReviews.get(c.asOf())));
        }
        return new FrameworkView(summary(f, reader, locale), f.summary(locale), document(f.documentId(), reader, locale),
                articles(f, f.articles().stream().map(Framework.Article::number).toList(), locale), cycles,
                signatures.stream().map(s -> signatory(s, locale)).toList(),
                frameworks.unnamedSignatories(f.id(), reader), pledges.figures(ofFramework, null, reader), progress,
                f.sources());
    }

    Cycle cycle(ReviewCycle c, Locale locale) {
        String from = PartialDate.day(c.heldFrom()).format(locale);
        String dates = c.heldTo() == null || c.heldTo().equals(c.heldFrom()) ? from
                : from + " – " + PartialDate.day(c.heldTo()).format(locale);
        return new Cycle(c.id(), c.name(locale), dates);
    }

    SignatoryView signatory(Signature s, Locale locale) {
        return new SignatoryView(s.id(), party(s.placeId(), s.organisationId(), locale),
                messages.getMessage("commitments.signature." + s.kind() + (s.onBehalfOfMembers() ? ".members" : ""), null,
                        locale), date(s.signed(), locale), s.office(), s.restricted(), s.source());
    }

    List<PledgeSummary> pledgeSummaries(List<Pledge> list, Locale locale) {
        Map<Long, Place> cities = places.findAll(list.stream().flatMap(p -> p.placeIds().stream()).toList());
        Map<Long, Organisation> orgs = organisations.findAll(list.stream().flatMap(p -> p.organisationIds().stream()).toList());
        Map<Long, String> cityNames = placeNames.in(cities.values(), locale);
        Map<Long, Framework> byId = new java.util.HashMap<>();
        Set<Long> frameworkIds = new HashSet<>();
        list.forEach(p -> {
            if (p.frameworkId() != null) {
                frameworkIds.add(p.frameworkId());
            }
        });
        frameworkIds.forEach(id -> frameworks.find(id).ifPresent(f -> byId.put(id, f)));
        return list.stream().map(p -> new PledgeSummary(p.id(), p.text(locale), p.parties().stream()
                .map(x -> x.placeId() != null ? new Link(cityNames.getOrDefault(x.placeId(), "#" + x.placeId()),
                        "/cities/" + x.placeId())
                        : orgs.containsKey(x.organisationId()) ? new Link(orgs.get(x.organisationId()).name(),
                                "/organisations/" + x.organisationId()) : Link.plain("#" + x.organisationId()))
                .toList(), messages.getMessage(p.status().messageKey(), null, locale), p.status().code(),
                PartialDate.day(p.statusOn()).format(locale),
                p.frameworkId() == null || !byId.containsKey(p.frameworkId()) ? null
                        : new Link(byId.get(p.frameworkId()).title(locale).text(), "/frameworks/" + p.frameworkId()),
                p.restricted())).toList();
    }

    PledgeView pledge(Pledge p, Optional<Editor> reader, Locale locale) {
        PledgeSummary summary = pledgeSummaries(List.of(p), locale).get(0);
        List<Article> articles = p.frameworkId() == null ? List.of()
                : frameworks.find(p.frameworkId()).map(f -> articles(f, p.articles(), locale)).orElse(List.of());
        List<Change> history = pledges.history(p.id(), reader).stream().map(c -> change(c, reader, locale)).toList();
        return new PledgeView(summary, p, articles, labels(Vocabularies.GCM_OBJECTIVE, p.gcmObjectives(), locale),
                labels(Vocabularies.GCR_OBJECTIVE, p.gcrObjectives(), locale), labels(Vocabularies.THEME, p.themes(), locale),
                date(p.target(), locale), history, p.sources());
    }

    Change change(StatusChange c, Optional<Editor> reader, Locale locale) {
        return new Change(c.id(), messages.getMessage(c.status().messageKey(), null, locale), c.status().code(),
                c.on().format(locale), c.note(locale), evidence.of(c.evidence(), reader, locale), c.source());
    }

    RecommendationSummary recommendation(Recommendation r, Optional<Editor> reader, Locale locale) {
        return new RecommendationSummary(r.id(), r.text(locale), document(r.documentId(), reader, locale), r.section(),
                r.addressees().stream().map(a -> messages.getMessage("commitments.addressee." + a, null, locale)).toList(),
                labels(Vocabularies.THEME, r.themes(), locale), r.uptakes());
    }

    RecommendationView recommendationView(Recommendation r, Optional<Editor> reader, Locale locale) {
        Predicate<Uptake> changeable = uptakeRecording.changeableBy(reader);
        List<UptakeView> uptakes = recommendations.uptakes(r.id(), reader).stream()
                .map(u -> uptake(u, changeable.test(u), reader, locale)).toList();
        return new RecommendationView(recommendation(r, reader, locale), r, uptakes,
                recommendations.unnamedUptakes(r.id(), reader), r.source());
    }

    UptakeView uptake(Uptake u, boolean changeable, Optional<Editor> reader, Locale locale) {
        Link actor = u.placeId() != null || u.organisationId() != null ? party(u.placeId(), u.organisationId(), locale)
                : Link.plain(u.actorName());
        return new UptakeView(u.id(), actor, u.taken().format(locale), u.how(locale), u.restricted(),
                evidence.of(u.evidence(), reader, locale), u.source(), changeable);
    }

    Link party(Long placeId, Long organisationId, Locale locale) {
        if (placeId != null) {
            return places.find(placeId).map(p -> new Link(placeNames.in(p, locale), "/cities/" + p.id()))
                    .orElse(Link.plain("#" + placeId));
        }
        return organisations.find(organisationId).map(o -> new Link(o.name(), "/organisations/" + o.id()))
                .orElse(Link.plain("#" + organisationId));
    }

    List<Article> articles(Framework f, Collection<Integer> numbers, Locale locale) {
        String label = messages.getMessage("commitments.articleLabel." + f.articlesLabel(), null, locale);
        return numbers.stream().map(n -> f.article(n)
                .map(a -> new Article(n, label + " " + n, a.text(locale))).orElse(new Article(n, label + " " + n, null)))
                .toList();
    }

    Link document(Long documentId, Optional<Editor> reader, Locale locale) {
        return documentId == null ? null : documents.find(documentId, reader)
                .map(d -> new Link(d.title(locale), "/documents/" + d.id())).orElse(null);
    }

    private Link convener(Framework f) {
        if (f.convenerOrganisationId() != null) {
            return organisations.find(f.convenerOrganisationId())
                    .map(o -> new Link(o.name(), "/organisations/" + o.id())).orElse(null);
        }
        return f.convenerName() == null ? null : Link.plain(f.convenerName());
    }

    /** "Over 30 (cities), as a source counts them", from counts a source gives without names. */
    private List<String> stated(Framework f, Locale locale) {
        return f.stated().stream().map(s -> messages.getMessage("commitments.stated." + s.qualifier(),
                new Object[] {figures.integer(s.count(), locale), s.what(locale)}, locale)).toList();
    }

    private List<String> labels(String vocabulary, List<String> codes, Locale locale) {
        return codes.stream().map(c -> vocabularies.term(vocabulary, c)
                .map(t -> c + ". " + t.label(locale)).orElse(c)).map(l -> vocabulary.equals(Vocabularies.THEME)
                        ? l.replaceFirst("^[^.]*\\. ", "") : l).toList();
    }

    static String date(PartialDate d, Locale locale) {
        return d == null ? null : d.format(locale);
    }

    boolean mayEditFor(Pledge p, Optional<Editor> reader) {
        return reader.map(e -> permissions.mayEdit(p, e)).orElse(false);
    }
}
