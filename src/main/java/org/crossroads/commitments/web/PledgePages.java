package org.crossroads.commitments.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Frameworks;
import org.crossroads.commitments.Pledge;
import org.crossroads.commitments.PledgeQuery;
import org.crossroads.commitments.PledgeStatus;
import org.crossroads.commitments.Pledges;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.Places;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Pager;
import org.crossroads.shared.web.Sorting;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The pledge list with its filters (framework, status, city, GCM objective, theme) and a pledge's page with its history. */
@Controller
class PledgePages {

    static final int PAGE_SIZE = 50;

    private final Pledges pledges;
    private final Frameworks frameworks;
    private final CommitmentViews views;
    private final Places places;
    private final PlaceNames placeNames;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;

    PledgePages(Pledges pledges, Frameworks frameworks, CommitmentViews views, Places places, PlaceNames placeNames,
            Vocabularies vocabularies, CurrentEditor currentEditor) {
        this.pledges = pledges;
        this.frameworks = frameworks;
        this.views = views;
        this.places = places;
        this.placeNames = placeNames;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
    }

    @GetMapping("/pledges")
    String list(@RequestParam(required = false) Long framework, @RequestParam(required = false) Long city,
            @RequestParam(required = false) String status, @RequestParam(required = false) String gcm,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Locale locale, Model model) {
        if (page < 1) {
            throw new BadParameterException("page", "Pages start at 1");
        }
        PledgeFilters filters = PledgeFilters.read(framework, city, status, gcm, theme, vocabularies);
        Optional<Editor> reader = currentEditor.get();
        PledgeQuery query = filters.query();
        long total = pledges.count(query, reader);
        model.addAttribute("filters", filters);
        model.addAttribute("exportQuery", filters.href());
        Sorting sorting = Sorting.read(sort, false, ListSort.DATE, ListSort.DATE, ListSort.NAME, ListSort.CHANGED);
        model.addAttribute("sorting", sorting);
        model.addAttribute("items", views.pledgeSummaries(pledges.search(query, reader, sorting.chosen(),
                locale.getLanguage(), PAGE_SIZE, (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * PAGE_SIZE)), locale));
        model.addAttribute("total", total);
        model.addAttribute("figures", pledges.figures(query, null, reader));
        model.addAttribute("pager", Pager.countingFromOne(request, page, total, PAGE_SIZE));
        model.addAttribute("frameworks", frameworks.all().stream().map(f -> views.summary(f, reader, locale)).toList());
        model.addAttribute("statuses", List.of(PledgeStatus.values()));
        model.addAttribute("gcmObjectives", vocabularies.terms(Vocabularies.GCM_OBJECTIVE));
        model.addAttribute("themes", vocabularies.terms(Vocabularies.THEME));
        model.addAttribute("cityName", city == null ? null
                : places.find(city).map(p -> placeNames.in(p, locale)).orElse(null));
        model.addAttribute("mayRecord", reader.map(e -> e.role() != org.crossroads.accounts.Role.CONTRIBUTOR).orElse(false));
        return "commitments/pledges";
    }

    @GetMapping("/pledges/{id:\\d+}")
    String pledge(@PathVariable long id, Locale locale, Model model) {
        Optional<Editor> reader = currentEditor.get();
        Pledge p = pledges.find(id, reader).orElseThrow(() -> new RecordNotFoundException("pledge", id));
        model.addAttribute("view", views.pledge(p, reader, locale));
        model.addAttribute("mayEdit", views.mayEditFor(p, reader));
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", StatusForm.empty(locale.getLanguage(), p.status().code(), p.version()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        model.addAttribute("statuses", List.of(PledgeStatus.values()));
        model.addAttribute("languages", org.crossroads.shared.vocabulary.ShownText.LANGUAGES);
        return "commitments/pledge";
    }

}
