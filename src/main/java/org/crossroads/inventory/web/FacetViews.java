package org.crossroads.inventory.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crossroads.directory.Organisation;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.directory.Organisations;
import org.crossroads.inventory.RecordsPerObjective;
import org.crossroads.inventory.search.Facet;
import org.crossroads.inventory.search.SearchResult;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels and orders the facet counts of a search result for the page. */
@Component
class FacetViews {

    private final Vocabularies vocabularies;
    private final Organisations organisations;
    private final List<RecordsPerObjective> others;
    private final CurrentEditor currentEditor;
    private final MessageSource messages;

    FacetViews(Vocabularies vocabularies, Organisations organisations, List<RecordsPerObjective> others,
            CurrentEditor currentEditor, MessageSource messages) {
        this.vocabularies = vocabularies;
        this.organisations = organisations;
        this.others = others;
        this.currentEditor = currentEditor;
        this.messages = messages;
    }

    List<FacetView> of(SearchResult result, Locale locale) {
        List<FacetView> views = new ArrayList<>();
        Map<Long, Organisation> networks = organisations.findAll(result.facetCounts().getOrDefault(Facet.NETWORK, Map.of())
                .keySet().stream().map(Long::valueOf).collect(Collectors.toSet()));
        for (Facet facet : Facet.values()) {
            if (facet == Facet.CITY) {
                // every city with an initiative would outgrow the page: the inventory is narrowed to a city by its
                // map and city pages (?city=), and the platform's one search lists the top cities by count
                continue;
            }
            Map<String, Integer> counts = result.facetCounts().getOrDefault(facet, Map.of());
            Set<String> values = new TreeSet<>(counts.keySet());
            values.addAll(result.query().selected(facet));
            Map<RecordsPerObjective, Map<String, Long>> perObjective = new java.util.LinkedHashMap<>();
            if (facet == Facet.GCM_OBJECTIVE) {
                others.forEach(o -> perObjective.put(o, o.countsByGcmObjective(currentEditor.get())));
            }
            List<FacetView.Option> options = values.stream()
                    .map(v -> new FacetView.Option(v, label(facet, v, locale, networks), counts.getOrDefault(v, 0),
                            result.query().isSelected(facet, v), others(perObjective, v, locale)))
                    .sorted(order(facet))
                    .toList();
            if (!options.isEmpty()) {
                views.add(new FacetView(facet.parameter(), "inventory.facet." + facet.parameter(), options));
            }
        }
        return views;
    }

    /** The records of other modules that serve a GCM objective: "3 pledges", linked to their list. */
    private List<FacetView.Other> others(Map<RecordsPerObjective, Map<String, Long>> perObjective, String value,
            Locale locale) {
        List<FacetView.Other> found = new ArrayList<>();
        perObjective.forEach((kind, counts) -> {
            long n = counts.getOrDefault(value, 0L);
            if (n > 0) {
                found.add(new FacetView.Other(messages.getMessage(kind.countKey(), new Object[] {n}, locale), kind.href(value)));
            }
        });
        return found;
    }

    private String label(Facet facet, String value, Locale locale, Map<Long, Organisation> networks) {
        return switch (facet) {
            case COUNTRY -> new Locale("", value).getDisplayCountry(locale);
            case NETWORK -> {
                Organisation o = networks.get(parseLong(value));
                yield o == null ? value : o.shortName();
            }
            default -> vocabularies.label(facet.vocabulary(), value, locale);
        };
    }

    /** Small closed lists keep their vocabulary order; long lists go by count. */
    private Comparator<FacetView.Option> order(Facet facet) {
        if (facet == Facet.GCM_OBJECTIVE) {
            return Comparator.comparingInt(o -> Integer.parseInt(o.value()));
        }
        if (facet == Facet.COUNTRY || facet == Facet.THEME || facet == Facet.NETWORK) {
            return Comparator.comparingInt(FacetView.Option::count).reversed().thenComparing(FacetView.Option::label);
        }
        return Comparator.comparing(FacetView.Option::label);
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
