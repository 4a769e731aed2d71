package org.crossroads.indexes.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.indexes.IndexDimension;
import org.crossroads.indexes.IndexPermissions;
import org.crossroads.indexes.IndexQuestion;
import org.crossroads.indexes.IndexResponse;
import org.crossroads.indexes.IndexResponses;
import org.crossroads.indexes.IndexVersion;
import org.crossroads.indexes.QuestionKind;
import org.crossroads.indexes.ResponseDraft;
import org.crossroads.indexes.SelfAssessmentIndex;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
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
 * The questionnaire a city's focal point (or an administrator) fills in for one published version and
 * period: one form with every dimension, saved as a draft or submitted.
 */
@Controller
class IndexRespondController {

    private final IndexResponses responses;
    private final IndexPermissions permissions;
    private final CurrentEditor currentEditor;
    private final Places places;
    private final IndexViews views;
    private final IndexLookup lookup;
    private final FieldMessages messages;

    IndexRespondController(IndexResponses responses, IndexPermissions permissions, CurrentEditor currentEditor, Places places,
            IndexViews views, IndexLookup lookup, FieldMessages messages) {
        this.responses = responses;
        this.permissions = permissions;
        this.currentEditor = currentEditor;
        this.places = places;
        this.views = views;
        this.lookup = lookup;
        this.messages = messages;
    }

    /** A question's inputs: radio buttons, checkboxes or a number. */
    record QuestionInput(String number, String code, String prompt, String kind, boolean required, List<Choice> choices,
            String typed, String min, String max, List<String> bands, List<String> errors) {}

    record Choice(String id, String value, String label, boolean checked) {}

    record DimensionInputs(int number, String name, String description, List<QuestionInput> questions) {}

    /** A line of the error summary, linking to its question. */
    record Problem(String anchor, String question, String message) {}

    @GetMapping("/indexes/{code}/v{number:\\d+}/respond")
    String form(@PathVariable String code, @PathVariable int number, @RequestParam(required = false) String place,
            @RequestParam(required = false) String period, Locale locale, Model model) {
        Editor editor = currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
        SelfAssessmentIndex index = lookup.index(code);
        IndexVersion version = lookup.version(index, number);
        Optional<Place> city = city(place, editor);
        String chosen = period == null || period.isBlank() ? String.valueOf(Year.now().getValue()) : period.strip();
        if (city.isEmpty()) {
            return page(index, version, null, chosen, RespondForm.empty(), List.of(), false, null, locale, model);
        }
        permissions.checkMayRespond(editor, city.get().id());
        Optional<FieldError> problem = responses.periodProblem(chosen);
        Optional<IndexResponse> stored = problem.isPresent() ? Optional.empty()
                : responses.find(version.id(), city.get().id(), chosen);
        return page(index, version, city.get(), chosen, stored.map(RespondForm::of).orElse(RespondForm.empty()),
                problem.map(List::of).orElse(List.of()), false, stored.orElse(null), locale, model);
    }

    @PostMapping("/indexes/{code}/v{number:\\d+}/respond")
    String respond(@PathVariable String code, @PathVariable int number, @RequestParam String place,
            @RequestParam(required = false) String period, @RequestParam(defaultValue = "draft") String action,
            @RequestParam MultiValueMap<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
        Editor editor = currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
        SelfAssessmentIndex index = lookup.index(code);
        IndexVersion version = lookup.version(index, number);
        Place city = city(place, editor).orElseThrow(() -> new AccessDeniedException("no city given"));
        permissions.checkMayRespond(editor, city.id());
        String chosen = period == null ? "" : period.strip();
        boolean submit = "submit".equals(action);
        RespondForm form = RespondForm.from(params);
        List<FieldError> errors = new ArrayList<>();
        ResponseDraft draft = form.toDraft(version, city.id(), chosen, errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidEntryException(errors);
            }
            if (submit) {
                responses.submit(draft, editor);
                redirect.addFlashAttribute("notice", "indexes.respond.submitted");
                return "redirect:/cities/" + city.id() + "/indexes/" + index.code() + "?version=" + number + "&period=" + chosen;
            }
            responses.saveDraft(draft, editor);
            redirect.addFlashAttribute("notice", "indexes.respond.saved");
            return "redirect:/indexes/" + index.code() + "/v" + number + "/respond?place=" + city.id() + "&period=" + chosen;
        } catch (InvalidEntryException e) {
            if (!errors.isEmpty()) {
                // a number that is not a number is left out of the draft: report the draft's other problems with it
                responses.problems(draft, submit).stream()
                        .filter(x -> errors.stream().noneMatch(y -> y.field().equals(x.field()))).forEach(errors::add);
            } else {
                errors.addAll(e.errors());
            }
            Optional<IndexResponse> stored = responses.find(version.id(), city.id(), chosen);
            return page(index, version, city, chosen, form, errors, false, stored.orElse(null), locale, model);
        } catch (ConcurrentEditException e) {
            // keep what was typed; the next save goes against the version now seen
            Optional<IndexResponse> stored = responses.find(version.id(), city.id(), chosen);
            return page(index, version, city, chosen, form.withVersion(stored.map(IndexResponse::version).orElse(0)),
                    List.of(), true, stored.orElse(null), locale, model);
        }
    }

    private String page(SelfAssessmentIndex index, IndexVersion version, Place city, String period, RespondForm form,
            List<FieldError> errors, boolean conflict, IndexResponse stored, Locale locale, Model model) {
        Map<String, List<String>> byField = messages.byField(errors, locale);
        List<DimensionInputs> dimensions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int d = 0; d < version.dimensions().size(); d++) {
            IndexDimension dimension = version.dimensions().get(d);
            List<QuestionInput> inputs = new ArrayList<>();
            for (int q = 0; q < dimension.questions().size(); q++) {
                IndexQuestion question = dimension.questions().get(q);
                String n = (d + 1) + "." + (q + 1);
                List<String> own = byField.getOrDefault(RespondForm.FIELD + question.code(), List.of());
                // the summary links each to its message beside the question (err-q_<code>)
                own.forEach(m -> problems.add(new Problem("err-" + RespondForm.FIELD + question.code(),
                        n + " " + question.prompt().in(locale), m)));
                inputs.add(input(question, n, form, own, locale));
            }
            dimensions.add(new DimensionInputs(d + 1, dimension.name().in(locale), dimension.description().in(locale), inputs));
        }
        byField.forEach((field, list) -> {
            if (!field.startsWith(RespondForm.FIELD)) {
                list.forEach(m -> problems.add(new Problem(field.equals("period") ? "err-period" : null, null, m)));
            }
        });
        boolean periodValid = !byField.containsKey("period");
        model.addAttribute("index", views.index(index, locale));
        model.addAttribute("versionNumber", version.number());
        model.addAttribute("open", version.acceptsResponses());
        model.addAttribute("city", city);
        model.addAttribute("cityName", city == null ? null : localName(city, locale));
        model.addAttribute("period", period);
        model.addAttribute("periodValid", periodValid);
        model.addAttribute("periodLabel", periodValid ? views.period(period, locale) : period);
        model.addAttribute("dimensions", dimensions);
        model.addAttribute("problems", problems);
        model.addAttribute("periodErrors", byField.getOrDefault("period", List.of()));
        model.addAttribute("conflict", conflict);
        model.addAttribute("formVersion", form.version());
        model.addAttribute("submitted", stored != null && stored.isSubmitted());
        model.addAttribute("submittedOn", stored == null || stored.submittedAt() == null ? null
                : stored.submittedAt().toLocalDate().toString());
        model.addAttribute("draftSaved", stored != null && !stored.isSubmitted());
        return "indexes/respond";
    }

    private QuestionInput input(IndexQuestion question, String number, RespondForm form, List<String> errors, Locale locale) {
        List<String> chosen = form.chosen(question.code());
        List<Choice> choices = question.kind() == QuestionKind.NUMBER_RANGE ? List.of()
                : question.options().stream().map(o -> new Choice("q-" + question.code() + "-" + o.code(), o.code(),
                        o.label().in(locale), chosen.contains(o.code()))).toList();
        List<String> bands = question.kind() == QuestionKind.NUMBER_RANGE
                ? question.options().stream().map(o -> views.message("indexes.respond.band", locale, views.band(o, locale),
                        String.valueOf(o.score()))).toList()
                : List.of();
        return new QuestionInput(number, question.code(), question.prompt().in(locale), question.kind().code(),
                question.required(), choices, form.typed(question.code()),
                question.minimum() == null ? null : question.minimum().toPlainString(),
                question.maximum() == null ? null : question.maximum().toPlainString(), bands, errors);
    }

    /** The city named by id or reference ("Sfax, TN"), else the focal point's own city. */
    private Optional<Place> city(String place, Editor editor) {
        if (place == null || place.isBlank()) {
            return editor.placeId() == null ? Optional.empty() : places.find(editor.placeId());
        }
        String p = place.strip();
        return Optional.of(p.matches("\\d{1,18}") ? lookup.place(Long.parseLong(p)) : places.resolve(p)
                .orElseThrow(() -> new RecordNotFoundException("place", p)));
    }

    private String localName(Place place, Locale locale) {
        String local = places.localNames(place.id()).get(locale.getLanguage());
        return local == null || local.isBlank() ? place.name() : local;
    }
}
