package org.crossroads.library.practices.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.library.DocumentPermissions;
import org.crossroads.library.practices.Practice;
import org.crossroads.library.practices.PracticeDataValues;
import org.crossroads.library.practices.PracticeEvidence;
import org.crossroads.library.practices.PracticePermissions;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Turns practices into {@link PracticeView}s for a reader: names of linked records, labels, what they may see. */
@Component
class PracticeViews {

    /** Characters of an outcome's description that label it: a line on a phone. */
    static final int OUTCOME_EXCERPT = 140;

    private final Places places;
    private final Initiatives initiatives;
    private final LearningEvents events;
    private final PracticeEvidence evidence;
    private final PracticePermissions permissions;
    private final DocumentPermissions documentPermissions;
    private final Vocabularies vocabularies;
    private final JdbcClient jdbc;
    private final PracticeDataValues dataValues;

    private final org.crossroads.directory.PlaceNames placeNames;

    PracticeViews(org.crossroads.directory.PlaceNames placeNames, PracticeDataValues dataValues, Places places, Initiatives initiatives, LearningEvents events, PracticeEvidence evidence,
            PracticePermissions permissions, DocumentPermissions documentPermissions, Vocabularies vocabularies,
            JdbcClient jdbc) {
        this.places = places;
        this.initiatives = initiatives;
        this.events = events;
        this.evidence = evidence;
        this.permissions = permissions;
        this.documentPermissions = documentPermissions;
        this.vocabularies = vocabularies;
        this.jdbc = jdbc;
        this.dataValues = dataValues;
        this.placeNames = placeNames;
    }

    PracticeView of(Practice p, Optional<Editor> reader, Locale locale) {
        return of(p, reader, locale, evidence.outcomes(p));
    }

    /** For a list: the title, cities, themes and transfers, without reading the linked records. */
    PracticeView summary(Practice p, Optional<Editor> reader, Locale locale) {
        Practice bare = new Practice(p.id(), p.externalId(), p.language(), p.title(), p.translations(), p.variantNames(),
                p.placeId(), p.furtherPlaceIds(), p.countryCodes(), p.themes(), p.sizeClass(), p.routeRole(), Map.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), p.transfers(), p.publication(), p.provenance(),
                p.createdBy(), p.createdAt(), p.updatedBy(), p.updatedAt(), p.version(), List.of());
        return of(bare, reader, locale, List.of());
    }

    private PracticeView of(Practice p, Optional<Editor> reader, Locale locale,
            List<org.crossroads.learning.outcomes.OutcomeStatement> inspired) {
        List<Long> placeIds = new ArrayList<>(p.placeIds());
        p.transfers().forEach(t -> placeIds.add(t.toPlaceId()));
        Map<Long, Place> cities = places.findAll(placeIds);
        Map<Long, String> names = placeNames.in(cities.values(), locale); // Arabic script on Arabic pages
        boolean mayEdit = reader.map(e -> permissions.mayEdit(p, e)).orElse(false);
        List<PracticeView.Section> sections = new ArrayList<>();
        boolean translated = !p.writtenIn(locale);
        for (String s : Practice.SECTIONS) {
            String text = p.section(s, locale);
            if (text != null) {
                String lang = p.sectionLanguage(s, locale);
                sections.add(new PracticeView.Section(s, text, lang, translated && !lang.equals(locale.getLanguage())));
            }
        }
        List<String> contacts = p.contacts().stream().filter(c -> c.consent() || mayEdit).map(Practice.Contact::office).toList();
        return new PracticeView(p.id(), p.title(locale), p.sectionLanguage("title", locale), p.writtenIn(locale), p.language(),
                Locale.forLanguageTag(p.language()).getDisplayLanguage(locale), locale.getLanguage(),
                locale.getDisplayLanguage(locale), p.variantNames(),
                p.placeId() == null ? null : city(names, p.placeId()), p.furtherPlaceIds().stream().map(id -> city(names, id)).toList(),
                p.countryCodes().stream().map(c -> new Locale("", c).getDisplayCountry(locale)).toList(),
                labels(Vocabularies.THEME, p.themes(), locale),
                p.sizeClass() == null ? null : vocabularies.label(Vocabularies.SIZE_CLASS, p.sizeClass(), locale),
                p.routeRole() == null ? null : vocabularies.label(Vocabularies.CITY_ROLE, p.routeRole(), locale),
                sections, contacts, p.sources().stream().map(s -> new PracticeView.Source(s.citation(), s.passage())).toList(),
                initiatives.findAll(p.initiativeIds()).stream().filter(org.crossroads.inventory.Initiative::isPublished)
                        .map(i -> new PracticeView.Link(i.name(), "/initiatives/" + i.id())).toList(),
                events.findAll(p.eventIds()).values().stream()
                        .map(e -> new PracticeView.Link(e.theme(), "/events/" + e.id())).toList(),
                documents(p.documentIds(), reader),
                inspired.stream().map(o -> new PracticeView.OutcomeLink(Excerpts.of(o.description(), OUTCOME_EXCERPT),
                        o.changeAgent(), "/outcomes/" + o.id())).toList(),
                data(p, reader, locale),
                p.transfers().stream().map(t -> new PracticeView.Transfer(city(names, t.toPlaceId()), t.year(),
                        t.whatChanged(), t.source())).toList(),
                p.isPublished(), p.provenance(), p.version(), mayEdit,
                !p.isPublished() && reader.map(permissions::mayPublish).orElse(false));
    }

    private List<PracticeView.Link> documents(List<Long> ids, Optional<Editor> reader) {
        List<PracticeView.Link> links = new ArrayList<>();
        for (long id : ids) {
            if (documentPermissions.maySee(id, reader)) {
                jdbc.sql("select title from document where id = :id").param("id", id).query(String.class).optional()
                        .ifPresent(title -> links.add(new PracticeView.Link(title, "/documents/" + id)));
            }
        }
        return links;
    }

    private List<PracticeView.DataEvidence> data(Practice p, Optional<Editor> reader, Locale locale) {
        List<PracticeDataValues.Shown> shown = dataValues.of(p, reader, locale);
        Map<Long, String> cities = placeNames.in(places.findAll(shown.stream().map(PracticeDataValues.Shown::placeId).toList())
                .values(), locale);
        return shown.stream().map(v -> new PracticeView.DataEvidence(v.indicatorName(), v.unit(), city(cities, v.placeId()),
                v.year(), v.suppressed() != null ? v.suppressed()
                        : v.value() == null ? null : v.value().stripTrailingZeros().toPlainString(),
                "/data/series?indicator=" + java.net.URLEncoder.encode(v.indicator(), java.nio.charset.StandardCharsets.UTF_8)
                        + "&place=" + v.placeId())).toList();
    }

    List<String> labels(String vocabulary, List<String> codes, Locale locale) {
        return codes.stream().map(c -> vocabularies.label(vocabulary, c, locale)).toList();
    }

    /** A city by its name in the reader's script ({@code names} from {@code PlaceNames}). */
    private static PracticeView.Link city(Map<Long, String> names, long id) {
        String name = names.get(id);
        return new PracticeView.Link(name == null ? "#" + id : name, "/cities/" + id);
    }
}
