package org.crossroads.indexes.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.indexes.IndexAnswerOption;
import org.crossroads.indexes.IndexBuilder;
import org.crossroads.indexes.IndexDimension;
import org.crossroads.indexes.IndexQuestion;
import org.crossroads.indexes.IndexVersion;
import org.crossroads.indexes.QuestionKind;
import org.crossroads.indexes.SelfAssessmentIndex;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The builder's pages for one dimension (its form, its questions, a form to add one) and one question (its
 * form, its options or number bands each with a small form, a form to add one). Every form carries the
 * draft's revision; a change by someone else in between sends the editor back to the overview.
 */
@Controller
class QuestionnaireBuilderController {

    private final IndexBuilder builder;
    private final BuilderSupport support;
    private final IndexLookup lookup;
    private final IndexViews views;

    QuestionnaireBuilderController(IndexBuilder builder, BuilderSupport support, IndexLookup lookup, IndexViews views) {
        this.builder = builder;
        this.support = support;
        this.lookup = lookup;
        this.views = views;
    }

    record QuestionLine(String number, String code, String prompt, String kind, String weight, boolean required, int options) {}

    /** An option's form on the question page. */
    record OptionForm(String code, String label, int score, String band, FormState form, Map<String, List<String>> placed,
            List<String> others) {}

    record KindChoice(String code, String label) {}

    record DimensionChoice(String code, String label) {}

    @GetMapping("/indexes/{code}/v{number:\\d+}/dimensions/{dimension}")
    String dimension(@PathVariable String code, @PathVariable int number, @PathVariable String dimension, Locale locale,
            Model model) {
        SelfAssessmentIndex index = lookup.index(code);
        support.builder(index);
        IndexVersion version = lookup.version(index, number);
        IndexDimension d = dimension(version, dimension);
        return dimensionPage(index, version, d, null, null, locale, model);
    }

    @PostMapping("/indexes/{code}/v{number:\\d+}/dimensions/{dimension}")
    String saveDimension(@PathVariable String code, @PathVariable int number, @PathVariable String dimension,
            @RequestParam MultiValueMap<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
        SelfAssessmentIndex index = lookup.index(code);
        Editor editor = support.builder(index);
        IndexVersion version = lookup.version(index, number);
        IndexDimension d = dimension(version, dimension);
        Map<String, String> values = BuilderForms.values(params);
        List<FieldError> errors = new ArrayList<>();
        try {
            var draft = BuilderForms.dimension(values, errors);
            check(errors);
            builder.saveDimension(version.id(), BuilderForms.revision(values), d.id(), draft, editor);
            redirect.addFlashAttribute("notice", "indexes.builder.saved");
            return "redirect:" + base(index, number) + "/dimensions/" + draft.code().strip();
        } catch (InvalidEntryException e) {
            return dimensionPage(index, version, d, support.state(values, IndexBuilderController.merged(errors, e), locale), null,
                    locale, model);
        } catch (ConcurrentEditException e) {
            return IndexBuilderController.conflict(index, number, redirect);
        }
    }

    @PostMapping("/indexes/{code}/v{number:\\d+}/dimensions/{dimension}/remove")
    String removeDimension(@PathVariable String code, @PathVariable int number, @PathVariable String dimension,
            @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        SelfAssessmentIndex index = lookup.index(code);
        Editor editor = support.builder(index);
        IndexVersion version = lookup.version(index, number);
        try {
            builder.removeDimension(version.id(), BuilderForms.revision(BuilderForms.values(params)),
                    dimension(version, dimension).id(), editor);
            redirect.addFlashAttribute("notice", "indexes.builder.removed");
            return "redirect:" + base(index, number) + "/edit";
        } catch (ConcurrentEditException e) {
            return IndexBuilderController.conflict(index, number, redirect);
        }
    }

    @PostMapping("/indexes/{code}/v{number:\\d+}/questions")
    String addQuestion(@PathVariable String code, @PathVariable int number, @RequestParam MultiValueMap<String, String> params,
            Locale locale, Model model, RedirectAttributes redirect) {
        SelfAssessmentIndex index = lookup.index(code);
        Editor editor = support.builder(index);
        IndexVersion version = lookup.version(index, number);
        Map<String, String> values = BuilderForms.values(params);
        IndexDimension d = dimension(version, values.getOrDefault("dimension", ""));
        List<FieldError> errors = new ArrayList<>();
        try {
            var draft = BuilderForms.question(values, errors);
            check(errors);
            builder.saveQuestion(version.id(), BuilderForms.revision(values), null, draft, editor);
            redirect.addFlashAttribute("notice", "indexes.builder.saved");
            return "redirect:" + base(index, number) + "/questions/" + draft.code().strip();
        } catch (InvalidEntryException e) {
            return dimensionPage(index, version, d, null, support.state(values, IndexBuilderController.merged(errors, e), locale),
                    locale, model);
        } catch (ConcurrentEditException e) {
            return IndexBuilderController.conflict(index, number, redirect);
        }
    }

    @GetMapping("/indexes/{code}/v{number:\\d+}/questions/{question}")
    String question(@PathVariable String code, @PathVariable int number, @PathVariable String question, Locale locale,
            Model model) {
        SelfAssessmentIndex index = lookup.index(code);
        support.builder(index);
        IndexVersion version = lookup.version(index, number);
        return questionPage(index, version, question(version, question), null, null, null, locale, model);
    }

    @PostMapping("/indexes/{code}/v{number:\\d+}/questions/{question}")
    String saveQuestion(@PathVariable String code, @PathVariable int number, @PathVariable String question,
            @RequestParam MultiValueMap<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
        SelfAssessmentIndex index = lookup.index(code);
        Editor editor = support.builder(index);
        IndexVersion version = lookup.version(index, number);
        IndexQuestion q = question(version, question);
        Map<String, String> values = BuilderForms.values(params);
        List<FieldError> errors = new ArrayList<>();
        try {
            var draft = BuilderForms.question(values, errors);
            check(errors);
            builder.saveQuestion(version.id(), BuilderForms.revision(values), q.id(), draft, editor);
            redirect.addFlashAttribute("notice", "indexes.builder.saved");
            return "redirect:" + base(index, number) + "/questions/" + draft.code().strip();
        } catch (InvalidEntryException e) {
            return questionPage(index, version, q, support.state(values, IndexBuilderController.merged(errors, e), locale), null,
                    null, locale, model);
        } catch (ConcurrentEditException e) {
            return IndexBuilderController.conflict(index, number, redirect);
        }
    }

    @PostMapping("/indexes/{code}/v{number:\\d+}/questions/{question}/remove")
    String removeQuestion(@PathVariable String code, @PathVariable int number, @PathVariable String question,
            @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        SelfAssessmentIndex index = lookup.index(code);
        Editor editor = support.builder(index);
        IndexVersion version = lookup.version(index, number);
        IndexQuestion q = question(version, question);
        try {
            builder.removeQuestion(version.id(), BuilderForms.revision(BuilderForms.values(params)), q.id(), editor);
            redirect.addFlashAttribute("notice", "indexes.builder.removed");
            return "redirect:" + base(index, number) + "/dimensions/" + version.dimensionOf(q).code();
        } catch (ConcurrentEditException e) {
            return IndexBuilderController.conflict(index, number, redirect);
        }
    }

    /** Adds an option (no {@code option} parameter) or changes the option it names. */
    @PostMapping("/indexes/{code}/v{number:\\d+}/questions/{question}/options")
    String saveOption(@PathVariable String code, @PathVariable int number, @PathVariable String question,
            @RequestParam(required = false) String option, @RequestParam MultiValueMap<String, String> params, Locale locale,
            Model model, RedirectAttributes redirect) {
        SelfAssessmentIndex index = lookup.index(code);
        Editor editor = support.builder(index);
        IndexVersion version = lookup.version(index, number);
        IndexQuestion q = question(version, question);
        Long optionId = option == null || option.isBlank() ? null : option(q, option.strip()).id();
        Map<String, String> values = BuilderForms.values(params);
        List<FieldError> errors = new ArrayList<>();
        try {
            var draft = BuilderForms.option(values, errors);
            check(errors);
            builder.saveOption(version.id(), BuilderForms.revision(values), q.id(), optionId, draft, editor);
            redirect.addFlashAttribute("notice", "indexes.builder.saved");
            return "redirect:" + base(index, number) + "/questions/" + q.code();
        } catch (InvalidEntryException e) {
            FormState state = support.state(values, IndexBuilderController.merged(errors, e), locale);
            return questionPage(index, version, q, null, optionId == null ? null : option.strip(), state, locale, model);
        } catch (ConcurrentEditException e) {
            return IndexBuilderController.conflict(index, number, redirect);
        }
    }

    @PostMapping("/indexes/{code}/v{number:\\d+}/questions/{question}/options/{option}/remove")
    String removeOption(@PathVariable String code, @PathVariable int number, @PathVariable String question,
            @PathVariable String option, @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
            RedirectAttributes redirect) {
        SelfAssessmentIndex index = lookup.index(code);
        Editor editor = support.builder(index);
        IndexVersion version = lookup.version(index, number);
        IndexQuestion q = question(version, question);
        try {
            builder.removeOption(version.id(), BuilderForms.revision(BuilderForms.values(params)), option(q, option).id(), editor);
            redirect.addFlashAttribute("notice", "indexes.builder.removed");
        } catch (InvalidEntryException e) {
            redirect.addFlashAttribute("problems", support.messages(e.errors(), locale));
        } catch (ConcurrentEditException e) {
            return IndexBuilderController.conflict(index, number, redirect);
        }
        return "redirect:" + base(index, number) + "/questions/" + q.code();
    }

    private String dimensionPage(SelfAssessmentIndex index, IndexVersion version, IndexDimension d, FormState form,
            FormState newQuestion, Locale locale, Model model) {
        support.common(index, locale, model);
        int n = version.dimensions().indexOf(d) + 1;
        FormState shown = form != null ? form : FormState.of(BuilderForms.of(d, n));
        FormState adding = newQuestion != null ? newQuestion
                : FormState.of(Map.of("dimension", d.code(), "weight", "1", "required", "on", "kind", "single_choice"));
        List<QuestionLine> questions = new ArrayList<>();
        for (int q = 0; q < d.questions().size(); q++) {
            IndexQuestion question = d.questions().get(q);
            questions.add(new QuestionLine(n + "." + (q + 1), question.code(), question.prompt().in(locale),
                    views.kind(question.kind(), locale), views.number(question.weight(), locale), question.required(),
                    question.options().size()));
        }
        model.addAttribute("version", version);
        model.addAttribute("dimensionNumber", n);
        model.addAttribute("dimensionCode", d.code());
        model.addAttribute("dimensionName", d.name().in(locale));
        model.addAttribute("form", shown);
        model.addAttribute("placed", shown.placed(BuilderForms.DIMENSION_FIELDS));
        model.addAttribute("others", shown.others(BuilderForms.DIMENSION_FIELDS));
        model.addAttribute("questions", questions);
        model.addAttribute("newQuestion", adding);
        model.addAttribute("newQuestionPlaced", adding.placed(BuilderForms.QUESTION_FIELDS));
        model.addAttribute("newQuestionOthers", adding.others(BuilderForms.QUESTION_FIELDS));
        model.addAttribute("kinds", kinds(locale));
        return "indexes/builder-dimension";
    }

    private String questionPage(SelfAssessmentIndex index, IndexVersion version, IndexQuestion q, FormState form,
            String failedOption, FormState optionState, Locale locale, Model model) {
        support.common(index, locale, model);
        IndexDimension d = version.dimensionOf(q);
        int dn = version.dimensions().indexOf(d) + 1;
        int qn = d.questions().indexOf(q) + 1;
        FormState shown = form != null ? form : FormState.of(BuilderForms.of(q, d.code(), qn));
        List<OptionForm> options = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            IndexAnswerOption o = q.options().get(i);
            FormState state = o.code().equals(failedOption) && optionState != null ? optionState
                    : FormState.of(BuilderForms.of(o, i + 1));
            IndexViews.OptionView view = views.option(q, o, locale);
            options.add(new OptionForm(o.code(), view.label(), o.score(), view.band(), state,
                    state.placed(BuilderForms.OPTION_FIELDS), state.others(BuilderForms.OPTION_FIELDS)));
        }
        FormState adding = failedOption == null && optionState != null ? optionState
                : FormState.of(Map.of("score", "0"));
        Map<String, String> dimensionLabels = new LinkedHashMap<>();
        for (int i = 0; i < version.dimensions().size(); i++) {
            IndexDimension x = version.dimensions().get(i);
            dimensionLabels.put(x.code(), views.message("indexes.numbered", locale, String.valueOf(i + 1), x.name().in(locale)));
        }
        model.addAttribute("version", version);
        model.addAttribute("questionNumber", dn + "." + qn);
        model.addAttribute("questionCode", q.code());
        model.addAttribute("questionPrompt", q.prompt().in(locale));
        model.addAttribute("dimensionCode", d.code());
        model.addAttribute("dimensionName", d.name().in(locale));
        model.addAttribute("kind", q.kind().code());
        model.addAttribute("bands", q.kind() == QuestionKind.NUMBER_RANGE);
        model.addAttribute("yesNo", q.kind() == QuestionKind.YES_NO);
        model.addAttribute("form", shown);
        model.addAttribute("placed", shown.placed(BuilderForms.QUESTION_FIELDS));
        model.addAttribute("others", shown.others(BuilderForms.QUESTION_FIELDS));
        model.addAttribute("options", options);
        model.addAttribute("newOption", adding);
        model.addAttribute("newOptionPlaced", adding.placed(BuilderForms.OPTION_FIELDS));
        model.addAttribute("newOptionOthers", adding.others(BuilderForms.OPTION_FIELDS));
        model.addAttribute("kinds", kinds(locale));
        model.addAttribute("dimensionChoices", dimensionLabels.entrySet().stream()
                .map(e -> new DimensionChoice(e.getKey(), e.getValue())).toList());
        return "indexes/builder-question";
    }

    private List<KindChoice> kinds(Locale locale) {
        return java.util.Arrays.stream(QuestionKind.values()).map(k -> new KindChoice(k.code(), views.kind(k, locale))).toList();
    }

    private static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
    }

    private static String base(SelfAssessmentIndex index, int number) {
        return "/indexes/" + index.code() + "/v" + number;
    }

    private static IndexDimension dimension(IndexVersion version, String code) {
        return version.dimension(code).orElseThrow(() -> new RecordNotFoundException("dimension", code));
    }

    private static IndexQuestion question(IndexVersion version, String code) {
        return version.question(code).orElseThrow(() -> new RecordNotFoundException("question", code));
    }

    private static IndexAnswerOption option(IndexQuestion question, String code) {
        return question.option(code).orElseThrow(() -> new RecordNotFoundException("option", code));
    }
}
