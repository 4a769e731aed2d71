package org.crossroads.learning.capabilities.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.learning.capabilities.AssessmentDraft;
import org.crossroads.learning.capabilities.CapabilityAssessment;
import org.crossroads.learning.capabilities.CapabilityAssessments;
import org.crossroads.learning.capabilities.CapabilityFramework;
import org.crossroads.learning.capabilities.CapabilityFrameworks;
import org.crossroads.learning.capabilities.CapabilityHeatMap;
import org.crossroads.learning.capabilities.CapabilityTrend;
import org.crossroads.learning.LearningPermissions;
import org.crossroads.learning.capabilities.NetworkCapabilityTrend;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Capability self-assessments: a city's trend and statements (public), the form a city's focal point
 * fills in per period, and the network view with the capability by level heat map.
 */
@Controller
class CapabilityController {

    private final CapabilityAssessments assessments;
    private final CapabilityFrameworks frameworks;
    private final LearningPermissions permissions;
    private final CurrentEditor currentEditor;
    private final Places places;
    private final Organisations organisations;
    private final Memberships memberships;
    private final CapabilityViews views;
    private final FieldMessages fieldMessages;

    CapabilityController(CapabilityAssessments assessments, CapabilityFrameworks frameworks, LearningPermissions permissions,
            CurrentEditor currentEditor, Places places, Organisations organisations, Memberships memberships,
            CapabilityViews views, FieldMessages fieldMessages) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.permissions = permissions;
        this.currentEditor = currentEditor;
        this.places = places;
        this.organisations = organisations;
        this.memberships = memberships;
        this.views = views;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/cities/{placeId:\\d+}/capabilities")
    String city(@PathVariable long placeId, @RequestParam(required = false) String framework,
            @RequestParam(required = false) String period, Locale locale, Model model) {
        Place place = place(placeId);
        CapabilityFramework f = framework(framework);
        CapabilityTrend trend = assessments.trend(placeId, f.id());
        List<String> periods = trend.periodNames();
        String shown = period != null && periods.contains(period) ? period
                : periods.isEmpty() ? null : periods.get(periods.size() - 1);
        common(place, f, locale, model);
        model.addAttribute("periods", periods.stream().map(p -> new PeriodLink(p, views.period(p, locale), p.equals(shown)))
                .toList());
        model.addAttribute("table", views.cityTrend(f, trend, locale));
        model.addAttribute("levels", views.cityLevels(trend, locale));
        model.addAttribute("chart", chart(f, trend.periods().stream().map(p -> views.period(p.period(), locale)).toList(),
                f.capabilities().stream().map(c -> trend.periods().stream()
                        .map(p -> p.capability(c.code()).map(a -> a.average()).orElse(null)).toList()).toList(), locale));
        model.addAttribute("shown", shown == null ? null : statements(f, assessments.find(placeId, f.id(), shown).orElseThrow(),
                locale));
        model.addAttribute("shownPeriod", shown == null ? null : views.period(shown, locale));
        model.addAttribute("mayAssess", currentEditor.get().map(e -> permissions.mayAssess(e, placeId)).orElse(false));
        model.addAttribute("currentYear", String.valueOf(Year.now().getValue()));
        return "learning/capabilities/city";
    }

    @GetMapping("/cities/{placeId:\\d+}/capabilities/assess")
    String assessForm(@PathVariable long placeId, @RequestParam(required = false) String period,
            @RequestParam(required = false) String framework, Locale locale, Model model) {
        Place place = place(placeId);
        mayAssess(placeId);
        CapabilityFramework f = framework(framework);
        String chosen = period == null || period.isBlank() ? String.valueOf(Year.now().getValue()) : period.strip();
        Optional<FieldError> problem = assessments.periodProblem(chosen);
        AssessmentForm form = problem.isPresent() ? AssessmentForm.empty()
                : assessments.find(placeId, f.id(), chosen).map(AssessmentForm::of).orElse(AssessmentForm.empty());
        return form(place, f, chosen, form, problem.map(List::of).orElse(List.of()), false, locale, model);
    }

    @PostMapping("/cities/{placeId:\\d+}/capabilities/assess")
    String assess(@PathVariable long placeId, @RequestParam(required = false) String period,
            @RequestParam(required = false) String framework, @RequestParam MultiValueMap<String, String> params,
            Locale locale, Model model, RedirectAttributes redirect) {
        Place place = place(placeId);
        Editor editor = mayAssess(placeId);
        CapabilityFramework f = framework(framework);
        String chosen = period == null ? "" : period.strip();
        AssessmentForm form = AssessmentForm.from(params);
        List<FieldError> errors = new ArrayList<>();
        AssessmentDraft draft = form.toDraft(placeId, f, chosen, errors);
        try {
            if (!errors.isEmpty()) {
                // a score that is not a number is left out of the draft: report the draft's other problems with it
                assessments.problems(draft).stream().filter(p -> !p.field().equals("scores")).forEach(errors::add);
                throw new InvalidEntryException(errors);
            }
            assessments.save(draft, editor);
            redirect.addFlashAttribute("notice", "capabilities.saved");
            return "redirect:/cities/" + placeId + "/capabilities?framework=" + f.code() + "&period=" + chosen;
        } catch (InvalidEntryException e) {
            errors.addAll(e.errors().stream().filter(x -> !errors.contains(x)).toList());
            return form(place, f, chosen, form, errors, false, locale, model);
        } catch (ConcurrentEditException e) {
            // keep what the focal point typed; the next save goes against the version they have now seen
            int current = assessments.find(placeId, f.id(), chosen).map(CapabilityAssessment::version).orElse(0);
            return form(place, f, chosen, form.withVersion(current), List.of(), true, locale, model);
        }
    }

    @GetMapping("/capabilities")
    String network(@RequestParam(required = false) String framework, @RequestParam(required = false) Long network,
            Locale locale, Model model) {
        CapabilityFramework f = framework(framework);
        Organisation selected = network == null ? null : organisations.find(network)
                .orElseThrow(() -> new RecordNotFoundException("organisation", network));
        Set<Long> members = selected == null ? null
                : memberships.ofOrganisation(selected.id()).stream().map(m -> m.placeId()).collect(Collectors.toSet());
        CapabilityHeatMap heatMap = assessments.heatMap(f.id(), members);
        NetworkCapabilityTrend trend = assessments.networkTrend(f.id(), members);
        Map<Long, Place> cities = places.findAll(heatMap.basis().stream().map(CapabilityHeatMap.CityPeriod::placeId).toList());
        model.addAttribute("framework", views.framework(f, locale));
        model.addAttribute("frameworks", frameworkLinks(f, locale));
        model.addAttribute("networks", organisations.networks());
        model.addAttribute("network", selected);
        model.addAttribute("heatMap", views.heatMap(f, heatMap, locale));
        model.addAttribute("heatMapCities", heatMap.cities());
        model.addAttribute("basis", heatMap.basis().stream().filter(b -> cities.containsKey(b.placeId()))
                .map(b -> new CityLink(cities.get(b.placeId()).name(), "/cities/" + b.placeId() + "/capabilities?framework="
                        + f.code(), views.period(b.period(), locale)))
                .sorted((x, y) -> x.name().compareToIgnoreCase(y.name())).toList());
        model.addAttribute("trend", views.networkTrend(f, trend, locale));
        model.addAttribute("chart", chart(f, trend.periods().stream().map(p -> views.period(p.period(), locale)).toList(),
                f.capabilities().stream().map(c -> trend.periods().stream()
                        .map(p -> p.capability(c.code()).map(a -> a.average()).orElse(null)).toList()).toList(), locale));
        return "learning/capabilities/network";
    }

    record PeriodLink(String period, String label, boolean current) {}

    record CityLink(String name, String href, String period) {}

    record FrameworkLink(String code, String name, boolean current) {}

    /** A capability's indicators with the city's score and statement for one period. */
    record CapabilityStatements(int number, String name, List<Statement> statements) {}

    record Statement(String code, String level, String text, Integer score, String evidence) {}

    /** The form's inputs for one capability. */
    record CapabilityInputs(int number, String name, List<IndicatorInput> indicators) {}

    record IndicatorInput(String code, String level, String text, List<Option> options, String evidence,
            boolean scoreInvalid, boolean evidenceInvalid) {}

    /** @param value empty for "not assessed" */
    record Option(String id, String value, boolean checked) {}

    private String form(Place place, CapabilityFramework f, String period, AssessmentForm form, List<FieldError> errors,
            boolean conflict, Locale locale, Model model) {
        Map<String, List<String>> byField = fieldMessages.byField(errors, locale);
        common(place, f, locale, model);
        model.addAttribute("period", period);
        boolean periodValid = byField.get("period") == null;
        model.addAttribute("periodValid", periodValid);
        model.addAttribute("periodLabel", periodValid ? views.period(period, locale) : period);
        model.addAttribute("replacing", !form.version().isEmpty());
        model.addAttribute("version", form.version());
        model.addAttribute("errors", byField);
        model.addAttribute("conflict", conflict);
        model.addAttribute("groups", f.capabilities().stream().map(c -> new CapabilityInputs(c.position(), c.name().in(locale),
                c.indicators().stream().map(i -> input(i, f.scaleMax(), form, byField, locale)).toList())).toList());
        // the error summary links each error to its message beside its field; those of no field are listed unlinked
        Predicate<String> placed = field -> field.equals("period") || f.indicators().stream()
                .anyMatch(i -> field.equals(AssessmentForm.SCORE + i.code()) || field.equals(AssessmentForm.EVIDENCE + i.code()));
        Map<String, List<String>> placedErrors = new LinkedHashMap<>();
        byField.forEach((field, messages) -> {
            if (placed.test(field)) {
                placedErrors.put(field, messages);
            }
        });
        model.addAttribute("placedErrors", placedErrors);
        model.addAttribute("otherErrors", byField.entrySet().stream().filter(e -> !placed.test(e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList());
        return "learning/capabilities/assess";
    }

    private IndicatorInput input(CapabilityFramework.CapabilityIndicator i, int scaleMax, AssessmentForm form,
            Map<String, List<String>> errors, Locale locale) {
        String typed = form.score(i.code());
        List<Option> options = new ArrayList<>();
        for (int n = 1; n <= scaleMax; n++) {
            options.add(new Option(AssessmentForm.SCORE + i.code() + "-" + n, String.valueOf(n), typed.equals(String.valueOf(n))));
        }
        options.add(new Option(AssessmentForm.SCORE + i.code() + "-none", "", typed.isEmpty()));
        return new IndicatorInput(i.code(), i.level(), i.text().in(locale), options, form.evidenceOf(i.code()),
                errors.containsKey(AssessmentForm.SCORE + i.code()), errors.containsKey(AssessmentForm.EVIDENCE + i.code()));
    }

    private List<CapabilityStatements> statements(CapabilityFramework f, CapabilityAssessment assessment, Locale locale) {
        return f.capabilities().stream().map(c -> new CapabilityStatements(c.position(), c.name().in(locale),
                c.indicators().stream().map(i -> {
                    var score = assessment.score(i.code());
                    return new Statement(i.code(), i.level(), i.text().in(locale), score.map(s -> s.score()).orElse(null),
                            score.map(s -> s.evidence()).orElse(null));
                }).toList())).toList();
    }

    private TrendChart chart(CapabilityFramework f, List<String> periods, List<List<Double>> values, Locale locale) {
        List<TrendChart.Line> lines = new ArrayList<>();
        for (int n = 0; n < f.capabilities().size(); n++) {
            lines.add(new TrendChart.Line(f.capabilities().get(n).name().in(locale), "series-" + (n % 8 + 1), values.get(n)));
        }
        return TrendChart.of(periods, lines, f.scaleMax(), views, locale);
    }

    private void common(Place place, CapabilityFramework f, Locale locale, Model model) {
        String localName = places.localNames(place.id()).get(locale.getLanguage());
        model.addAttribute("place", place);
        model.addAttribute("cityName", localName == null || localName.isBlank() ? place.name() : localName);
        model.addAttribute("framework", views.framework(f, locale));
        model.addAttribute("frameworks", frameworkLinks(f, locale));
    }

    private List<FrameworkLink> frameworkLinks(CapabilityFramework current, Locale locale) {
        return frameworks.all().stream().map(f -> new FrameworkLink(f.code(), f.name().in(locale), f.id() == current.id()))
                .toList();
    }

    private CapabilityFramework framework(String code) {
        String wanted = code == null || code.isBlank() ? CapabilityFrameworks.FIVE_CORE_CAPABILITIES : code.strip();
        return frameworks.findByCode(wanted)
                .orElseThrow(() -> new RecordNotFoundException("capability framework", wanted));
    }

    private Place place(long id) {
        return places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
    }

    private Editor mayAssess(long placeId) {
        Editor editor = currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
        if (!permissions.mayAssess(editor, placeId)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not assess place " + placeId);
        }
        return editor;
    }
}
