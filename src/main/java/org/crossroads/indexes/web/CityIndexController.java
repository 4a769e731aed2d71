package org.crossroads.indexes.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.indexes.IndexBenchmark;
import org.crossroads.indexes.IndexDimension;
import org.crossroads.indexes.IndexHistory;
import org.crossroads.indexes.IndexPermissions;
import org.crossroads.indexes.IndexResult;
import org.crossroads.indexes.IndexScores;
import org.crossroads.indexes.IndexVersion;
import org.crossroads.indexes.SelfAssessmentIndex;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A city's results in an index (public): for one version, its scores per dimension against the cities that
 * submitted the same version (each with its latest period, or all for one period) as a radar chart and the
 * table of its numbers, and its history version by version.
 */
@Controller
class CityIndexController {

    private final IndexScores scores;
    private final IndexPermissions permissions;
    private final CurrentEditor currentEditor;
    private final Places places;
    private final IndexViews views;
    private final IndexLookup lookup;

    CityIndexController(IndexScores scores, IndexPermissions permissions, CurrentEditor currentEditor, Places places,
            IndexViews views, IndexLookup lookup) {
        this.scores = scores;
        this.permissions = permissions;
        this.currentEditor = currentEditor;
        this.places = places;
        this.views = views;
        this.lookup = lookup;
    }

    record Link(String label, String href, boolean current) {}

    /** @param rank "2 / 5", or "—" */
    record ScoreRow(String number, String name, String score, String median, String min, String max, String rank) {}

    /** One version's history: a column per dimension, a row per period. */
    record HistoryTable(int version, String caption, List<String> columns, List<HistoryRow> rows) {}

    record HistoryRow(String period, String overall, List<String> dimensions) {}

    @GetMapping("/cities/{placeId:\\d+}/indexes/{code}")
    String city(@PathVariable long placeId, @PathVariable String code, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String period, Locale locale, Model model) {
        Place place = lookup.place(placeId);
        SelfAssessmentIndex index = lookup.index(code);
        IndexHistory history = scores.history(placeId, index.id());
        String localName = places.localNames(placeId).get(locale.getLanguage());
        model.addAttribute("place", place);
        model.addAttribute("cityName", localName == null || localName.isBlank() ? place.name() : localName);
        model.addAttribute("index", views.index(index, locale));
        model.addAttribute("mayRespond", currentEditor.get().map(e -> permissions.mayRespond(e, placeId)).orElse(false));
        model.addAttribute("history", history.versions().stream().map(v -> history(v, locale)).toList());
        Optional<IndexHistory.VersionHistory> shown = history.versions().stream()
                .filter(v -> version == null || v.version().number() == version).reduce((a, b) -> b);
        model.addAttribute("versionLinks", history.versions().stream().map(v -> new Link(
                views.message("indexes.version", locale, String.valueOf(v.version().number())),
                "/cities/" + placeId + "/indexes/" + index.code() + "?version=" + v.version().number(),
                shown.isPresent() && v == shown.get())).toList());
        if (shown.isEmpty()) {
            model.addAttribute("shown", null);
            return "indexes/city";
        }
        IndexVersion v = shown.get().version();
        List<String> own = shown.get().periods().stream().map(IndexResult::period).toList();
        String chosen = period != null && own.contains(period.strip()) ? period.strip() : null;
        // each city with its latest period, or every city's answer for the chosen period
        IndexBenchmark benchmark = scores.benchmark(v.id(), chosen);
        IndexResult result = benchmark.city(placeId).orElseThrow();
        String base = "/cities/" + placeId + "/indexes/" + index.code() + "?version=" + v.number();
        List<Link> periodLinks = new ArrayList<>();
        periodLinks.add(new Link(views.message("indexes.results.latest", locale), base, chosen == null));
        own.forEach(p -> periodLinks.add(new Link(views.period(p, locale), base + "&period=" + p, p.equals(chosen))));
        List<ScoreRow> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<BigDecimal> cityScores = new ArrayList<>();
        List<BigDecimal> medians = new ArrayList<>();
        for (int i = 0; i < v.dimensions().size(); i++) {
            IndexDimension d = v.dimensions().get(i);
            IndexBenchmark.Distribution dist = benchmark.dimension(d.code()).orElseThrow();
            labels.add(String.valueOf(i + 1));
            names.add(d.name().in(locale));
            cityScores.add(result.dimension(d.code()));
            medians.add(dist.median());
            rows.add(row(String.valueOf(i + 1), d.name().in(locale), result.dimension(d.code()), dist,
                    benchmark.rank(placeId, d.code()), locale));
        }
        rows.add(row("", views.message("indexes.overall", locale), result.overall(), benchmark.overall(),
                benchmark.rank(placeId, null), locale));
        model.addAttribute("shown", v.number());
        model.addAttribute("versionPublished", v.publishedAt() == null ? "" : v.publishedAt().toLocalDate().toString());
        model.addAttribute("resultPeriod", views.period(result.period(), locale));
        model.addAttribute("periodLinks", periodLinks);
        model.addAttribute("chosenPeriod", chosen == null ? null : views.period(chosen, locale));
        model.addAttribute("peers", benchmark.cities().size());
        model.addAttribute("rows", rows);
        model.addAttribute("radar", RadarChart.of(labels, names, cityScores, medians, x -> views.score(x, locale)));
        return "indexes/city";
    }

    private ScoreRow row(String number, String name, BigDecimal score, IndexBenchmark.Distribution dist,
            Optional<Integer> rank, Locale locale) {
        return new ScoreRow(number, name, views.score(score, locale), views.score(dist.median(), locale),
                views.score(dist.min(), locale), views.score(dist.max(), locale),
                rank.map(r -> views.message("indexes.rank", locale, String.valueOf(r), String.valueOf(dist.cities())))
                        .orElse("—"));
    }

    private HistoryTable history(IndexHistory.VersionHistory history, Locale locale) {
        IndexVersion v = history.version();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < v.dimensions().size(); i++) {
            columns.add(views.message("indexes.numbered", locale, String.valueOf(i + 1), v.dimensions().get(i).name().in(locale)));
        }
        return new HistoryTable(v.number(), views.message("indexes.city.historyCaption", locale, String.valueOf(v.number())),
                columns, history.periods().stream().map(r -> new HistoryRow(views.period(r.period(), locale),
                        views.score(r.overall(), locale), v.dimensions().stream()
                                .map(d -> views.score(r.dimension(d.code()), locale)).toList())).toList());
    }
}
