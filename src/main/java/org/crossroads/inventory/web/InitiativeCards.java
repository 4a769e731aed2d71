package org.crossroads.inventory.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.crossroads.accounts.PublicNames;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.InitiativeLinks;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/** Turns initiatives into {@link InitiativeCard}s, reading their places and organisations in one go. */
@Component
class InitiativeCards {

    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;
    private final PublicNames publicNames;
    private final PlaceNames placeNames;

    InitiativeCards(Places places, Organisations organisations, Vocabularies vocabularies, PublicNames publicNames,
            PlaceNames placeNames) {
        this.placeNames = placeNames;
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
        this.publicNames = publicNames;
    }

    List<InitiativeCard> of(List<Initiative> initiatives, Locale locale) {
        InitiativeLinks links = InitiativeLinks.of(initiatives, places, organisations);
        UnaryOperator<String> names = publicNames.forReaders(locale);
        // on Arabic pages, cities by their Arabic-script name where the gazetteer has one
        Map<Long, String> placeNamesById = placeNames.in(links.places().values(), locale);
        return initiatives.stream().map(i -> card(i, links, placeNamesById, names, locale)).toList();
    }

    InitiativeCard of(Initiative initiative, Locale locale) {
        return of(List.of(initiative), locale).get(0);
    }

    /** Authors by the name the public sees, never by login username. */
    private InitiativeCard card(Initiative i, InitiativeLinks links, Map<Long, String> placeNamesById,
            UnaryOperator<String> names, Locale locale) {
        DateTimeFormatter stamp = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale);
        return new InitiativeCard(i.id(), i.shownName(locale), i.shownSummary(locale),
                vocabularies.label(Vocabularies.ACTIVITY_TYPE, i.activityType(), locale),
                labels(Vocabularies.THEME, i.themes(), locale),
                links.placesOf(i).stream()
                        .map(p -> new InitiativeCard.Named(p.id(), placeNamesById.getOrDefault(p.id(), p.name()), "/cities/" + p.id())).toList(),
                i.countryCodes().stream().map(c -> new Locale("", c).getDisplayCountry(locale)).toList(),
                named(i.networkIds(), links), named(i.implementerIds(), links),
                named(i.partnerIds(), links), named(i.donorIds(), links),
                Period.of(i.start(), i.end()), vocabularies.label(Vocabularies.STATUS, i.status(), locale), i.links(),
                labels(Vocabularies.GCM_OBJECTIVE, i.gcmObjectives().stream().map(String::valueOf).toList(), locale),
                labels(Vocabularies.GCR_OBJECTIVE, i.gcrObjectives().stream().map(String::valueOf).toList(), locale),
                labels(Vocabularies.SDG_TARGET, i.sdgTargets(), locale),
                labels(Vocabularies.LAMPEDUSA_PRINCIPLE, i.lampedusaPrinciples().stream().map(String::valueOf).toList(), locale),
                labels(Vocabularies.ROUTE, i.routes(), locale), i.networkWide(), i.isPublished(), i.source(),
                names.apply(i.createdBy()), i.createdAt() == null ? "" : stamp.format(i.createdAt()),
                names.apply(i.updatedBy()), i.updatedAt() == null ? "" : stamp.format(i.updatedAt()));
    }

    private List<String> labels(String vocabulary, Collection<String> codes, Locale locale) {
        return codes.stream().map(c -> vocabularies.label(vocabulary, c, locale)).toList();
    }

    private static List<InitiativeCard.Named> named(List<Long> ids, InitiativeLinks links) {
        return links.organisations(ids).stream()
                .map(o -> new InitiativeCard.Named(o.id(), o.shortName(), "/organisations/" + o.id())).toList();
    }
}
