package org.crossroads.indexes.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.indexes.IndexBenchmark;
import org.crossroads.indexes.IndexPermissions;
import org.crossroads.indexes.IndexResult;
import org.crossroads.indexes.IndexScores;
import org.crossroads.indexes.IndexVersion;
import org.crossroads.indexes.SelfAssessmentIndex;
import org.crossroads.indexes.SelfAssessmentIndexes;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public index pages: the list of indexes, an index with its versions and the cities that answered it,
 * and a version's questionnaire with the scores of the cities that submitted it.
 */
@Controller
class IndexPagesController {

    private final SelfAssessmentIndexes indexes;
    private final IndexScores scores;
    private final IndexPermissions permissions;
    private final CurrentEditor currentEditor;
    private final Places places;
    private final IndexViews views;
    private final IndexLookup lookup;

    IndexPagesController(SelfAssessmentIndexes indexes, IndexScores scores, IndexPermissions permissions,
            CurrentEditor currentEditor, Places places, IndexViews views, IndexLookup lookup) {
        this.indexes = indexes;
        this.scores = scores;
        this.permissions = permissions;
        this.currentEditor = currentEditor;
        this.places = places;
        this.views = views;
        this.lookup = lookup;
    }

    record IndexItem(IndexViews.IndexView index, int versions, Integer published, int cities) {}

    /** @param cities how many cities submitted it */
    record VersionRow(int number, String status, String statusLabel, String publishedOn, int cities, boolean open,
            boolean editable) {}

    record CityLink(String name, String href, List<String> answers) {}

    /** One city's line in a version's results: its period and scores per dimension. */
    record ResultRow(String city, String href, String period, String overall, List<String> dimensions) {}

    record PeriodLink(String label, String href, boolean current) {}

    @GetMapping("/indexes")
    String list(Locale locale, Model model) {
        List<IndexItem> items = new ArrayList<>();
        for (SelfAssessmentIndex index : indexes.all()) {
            List<IndexVersion> versions = indexes.versions(index.id());
            Integer published = versions.stream().filter(IndexVersion::acceptsResponses).map(IndexVersion::number)
                    .reduce((a, b) -> b).orElse(null);
            items.add(new IndexItem(views.index(index, locale), versions.size(), published,
                    scores.respondents(index.id()).size()));
        }
        model.addAttribute("indexes", items);
        model.addAttribute("mayCreate", currentEditor.get().map(permissions::mayCreateIndexes).orElse(false));
        return "indexes/list";
    }

    @GetMapping("/indexes/{code}")
    String index(@PathVariable String code, Locale locale, Model model) {
        SelfAssessmentIndex index = lookup.index(code);
        Optional<Editor> editor = currentEditor.get();
        boolean mayBuild = editor.map(e -> permissions.mayBuild(e, index)).orElse(false);
        boolean mayRespond = editor.map(e -> e.isAdministrator() || e.placeId() != null
                && permissions.mayRespond(e, e.placeId())).orElse(false);
        // a draft is the builders' work in progress
        List<IndexVersion> versions = indexes.versions(index.id()).stream().filter(v -> mayBuild || !v.isDraft()).toList();
        Map<Long, Integer> counts = scores.respondentCounts(index.id());
        model.addAttribute("index", views.index(index, locale));
        model.addAttribute("versions", versions.stream().map(v -> new VersionRow(v.number(), v.status().code(),
                views.status(v, locale), v.publishedAt() == null ? null : v.publishedAt().toLocalDate().toString(),
                counts.getOrDefault(v.id(), 0), v.acceptsResponses() && mayRespond, v.isDraft() && mayBuild)).toList());
        List<IndexScores.Respondent> respondents = scores.respondents(index.id());
        Map<Long, Place> cities = places.findAll(respondents.stream().map(IndexScores.Respondent::placeId).toList());
        model.addAttribute("cities", respondents.stream().filter(r -> cities.containsKey(r.placeId()))
                .map(r -> new CityLink(cities.get(r.placeId()).name(), "/cities/" + r.placeId() + "/indexes/" + index.code(),
                        r.periodsByVersion().entrySet().stream().map(e -> views.message("indexes.index.cityAnswers", locale,
                                String.valueOf(e.getKey()), String.join(", ", e.getValue().stream()
                                        .map(p -> views.period(p, locale)).toList()))).toList()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
        model.addAttribute("mayBuild", mayBuild);
        model.addAttribute("mayOpenDraft", mayBuild && versions.stream().noneMatch(IndexVersion::isDraft));
        return "indexes/index";
    }

    @GetMapping("/indexes/{code}/v{number:\\d+}")
    String version(@PathVariable String code, @PathVariable int number, @RequestParam(required = false) String period,
            Locale locale, Model model) {
        SelfAssessmentIndex index = lookup.index(code);
        IndexVersion version = lookup.version(index, number);
        Optional<Editor> editor = currentEditor.get();
        boolean mayBuild = editor.map(e -> permissions.mayBuild(e, index)).orElse(false);
        if (version.isDraft() && !mayBuild) {
            throw new RecordNotFoundException("published version of index " + code, number);
        }
        List<String> periods = scores.periods(version.id());
        String chosen = period != null && periods.contains(period.strip()) ? period.strip() : null;
        IndexBenchmark benchmark = scores.benchmark(version.id(), chosen);
        Map<Long, Place> cities = places.findAll(benchmark.cities().stream().map(IndexResult::placeId).toList());
        String base = "/indexes/" + index.code() + "/v" + number;
        List<PeriodLink> periodLinks = new ArrayList<>();
        periodLinks.add(new PeriodLink(views.message("indexes.results.latest", locale), base, chosen == null));
        periods.forEach(p -> periodLinks.add(new PeriodLink(views.period(p, locale), base + "?period=" + p, p.equals(chosen))));
        model.addAttribute("index", views.index(index, locale));
        model.addAttribute("version", views.version(version, locale));
        model.addAttribute("publishedOn", version.publishedAt() == null ? null : version.publishedAt().toLocalDate().toString());
        model.addAttribute("periodLinks", periodLinks);
        model.addAttribute("chosenPeriod", chosen == null ? null : views.period(chosen, locale));
        model.addAttribute("results", benchmark.cities().stream().filter(r -> cities.containsKey(r.placeId()))
                .map(r -> new ResultRow(cities.get(r.placeId()).name(), "/cities/" + r.placeId() + "/indexes/" + index.code()
                        + "?version=" + number + (chosen == null ? "" : "&period=" + chosen), views.period(r.period(), locale),
                        views.score(r.overall(), locale), version.dimensions().stream()
                                .map(d -> views.score(r.dimension(d.code()), locale)).toList()))
                .toList());
        model.addAttribute("distribution", DistributionRows.of(benchmark, version, views, locale));
        model.addAttribute("mayRespond", version.acceptsResponses() && editor.map(e -> e.isAdministrator()
                || e.placeId() != null && permissions.mayRespond(e, e.placeId())).orElse(false));
        model.addAttribute("mayBuild", mayBuild);
        return "indexes/version";
    }
}
