package org.crossroads.learning.outcomes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.learning.outcomes.OutcomeStatement.Attribution;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.CsvExport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The outcome list's current filter as CSV for spreadsheets (UTF-8 with a byte order mark; cells that a
 * spreadsheet would run as formulas are neutralised). Statuses and change types are codes; cities,
 * events and capabilities are named. Who said a statement is hidden as on the pages.
 */
@Controller
class OutcomeExportController {

    static final List<Column> COLUMNS = java.util.stream.Stream.of("id", "status", "change_agent", "change_type",
            "description", "observed_on", "city", "significance", "contribution", "source", "evidence", "chatham_house",
            "recorded_by", "substantiated_by", "substantiation", "validated_by", "validated_on", "events", "peer_cities",
            "inspired_by_city", "inspired_by_initiative", "inspired_by_practice", "network", "capabilities", "url")
            .map(name -> Column.of(name, "")).toList();

    private final OutcomeHarvest harvest;
    private final OutcomeViews views;
    private final CurrentEditor currentEditor;
    private final MessageSource messages;

    OutcomeExportController(OutcomeHarvest harvest, OutcomeViews views, CurrentEditor currentEditor, MessageSource messages) {
        this.harvest = harvest;
        this.views = views;
        this.currentEditor = currentEditor;
        this.messages = messages;
    }

    @GetMapping("/outcomes.csv")
    void csv(@ModelAttribute OutcomeFilters filters, @RequestParam(defaultValue = "") String demo, Locale locale,
            HttpServletResponse response) throws IOException {
        Optional<Editor> viewer = currentEditor.get();
        // the demonstration's statements only when asked for (demo=include): never mixed into a real export
        List<OutcomeStatement> outcomes = harvest.all(filters.toQuery(1), viewer).stream()
                .filter(o -> !o.isDemonstration() || "include".equals(demo)).toList();
        List<OutcomeView> shown = views.of(outcomes, locale);
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            OutcomeStatement o = outcomes.get(i);
            OutcomeView v = shown.get(i);
            Attribution a = v.attribution();
            rows.add(java.util.Arrays.asList(v.id(), v.status(), v.changeAgent(), v.changeType(), o.description(),
                    o.observedOn(), v.city() == null ? null : v.city().name(), o.significance(), o.contribution(),
                    a.hidden() ? text(a.sourceKey(), locale) : a.source(), v.evidence(), v.chathamHouse(),
                    a.hidden() ? text(a.personKey(), locale) : a.createdBy(),
                    a.hidden() && v.substantiation() != null ? text(a.personKey(), locale) : a.substantiatedBy(),
                    v.substantiation(), v.validatedBy(),
                    o.validatedAt() == null ? null : o.validatedAt().toLocalDate(), names(v.events()), names(v.peerCities()),
                    v.inspiredByCity() == null ? null : v.inspiredByCity().name(),
                    v.inspiredByInitiative() == null ? null : v.inspiredByInitiative().name(), v.inspiredByPractice(),
                    v.network() == null ? null : v.network().name(), v.capabilities(), "/outcomes/" + v.id()));
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"outcomes.csv\"");
        CsvExport.forSpreadsheets(COLUMNS).write(rows, response.getOutputStream());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static List<String> names(List<OutcomeView.Link> links) {
        return links.stream().map(OutcomeView.Link::name).toList();
    }
}
