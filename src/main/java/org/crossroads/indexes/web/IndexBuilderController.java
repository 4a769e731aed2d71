package org.crossroads.indexes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.indexes.IndexBuilder;
import org.crossroads.indexes.IndexDimension;
import org.crossroads.indexes.IndexVersion;
import org.crossroads.indexes.SelfAssessmentIndex;
import org.crossroads.indexes.SelfAssessmentIndexes;
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
 * The builder, for administrators and the coordinators of an index's network: creating and describing an
 * index, opening a new draft version, a version's overview with its dimensions, publishing and retiring.
 * Dimensions, questions and options are edited on their own pages ({@link QuestionnaireBuilderController}).
 */
@Controller
class IndexBuilderController {

    private final IndexBuilder builder;
    private final SelfAssessmentIndexes indexes;
    private final BuilderSupport support;
    private final IndexLookup lookup;
    private final IndexViews views;

    IndexBuilderController(IndexBuilder builder, SelfAssessmentIndexes indexes, BuilderSupport support, IndexLookup lookup,
            IndexViews views) {
        this.builder = builder;
        this.indexes = indexes;
        this.support = support;
        this.lookup = lookup;
        this.views = views;
    }

    /** A dimension on the overview: its number, name, weight and questions. */
    record DimensionLine(int number, String code, String name, String weight, List<String> questions) {}

    @GetMapping("/indexes/new")
    String newIndex(Model model) {
        support.creator();
        return indexForm(null, FormState.of(Map.of()), model);
    }

    @PostMapping("/indexes/new")
    String create(@RequestParam MultiValueMap<String, String> params, Locale locale, Model model) {
        Editor editor = support.creator();
        Map<String, String> values = BuilderForms.values(params);
        try {
            builder.createIndex(BuilderForms.index(values), editor);
            return "redirect:/indexes/" + values.get("code") + "/v1/edit";
        } catch (InvalidEntryException e) {
            return indexForm(null, support.state(values, e.errors(), locale), model);
        }
    }

    @GetMapping("/indexes/{code}/edit")
    String editIndex(@PathVariable String code, Locale locale, Model model) {
        SelfAssessmentIndex index = lookup.index(code);
        support.builder(index);
        support.common(index, locale, model);
        return indexForm(index, FormState.of(BuilderForms.of(index)), model);
    }

    @PostMapping("/indexes/{code}/edit")
    String changeIndex(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Locale locale,
            Model model, RedirectAttributes redirect) {
        SelfAssessmentIndex index = lookup.index(code);
        Editor editor = support.builder(index);
        Map<String, String> values = BuilderForms.values(params);
        values.put("code", index.code());
        try {
            builder.changeIndex(index.code(), BuilderForms.index(values), editor);
            redirect.addFlashAttribute("notice", "indexes.builder.saved");
            return "redirect:/indexes/" + index.code();
        } catch (InvalidEntryException e) {
            support.common(index, locale, model);
            return indexForm(index, support.state(values, e.errors(), locale), model);
        }
    }

    @PostMapping("/indexes/{code}/versions")
    String newVersion(@PathVariable String code, Locale locale, RedirectAttributes redirect) {
        SelfAssessmentIndex index = lookup.index(code);
        Editor editor = support.builder(index);
        try {
            IndexVersion created = builder.newDraftVersion(index.code(), editor);
            redirect.addFlashAttribute("notice", "indexes.builder.versionCreated");
            return "redirect:/indexes/" + index.code() + "/v" + created.number() + "/edit";
        } catch (InvalidEntryException e) {
            redirect.addFlashAttribute("problems", support.messages(e.errors(), locale));
            return "redirect:/indexes/" + index.code();
        }
    }

    @GetMapping("/indexes/{code}/v{number:\\d+}/edit")
    String overview(@PathVariable String code, @PathVariable int number, Locale locale, Model model) {
        SelfAssessmentIndex index = lookup.index(code);
        support.builder(index);
        IndexVersion version = lookup.version(index, number);
        return overview(index, version, FormState.of(Map.of("weight", "1")), List.of(), locale, model);
    }

    @PostMapping("/indexes/{code}/v{number:\\d+}/dimensions")
    String addDimension(@PathVariable String code, @PathVariable int number, @RequestParam MultiValueMap<String, String> params,
            Locale locale, Model model, RedirectAttributes redirect) {
        SelfAssessmentIndex index = lookup.index(code);
        Editor editor = support.builder(index);
        IndexVersion version = lookup.version(index, number);
        Map<String, String> values = BuilderForms.values(params);
        List<FieldError> errors = new ArrayList<>();
        try {
            var draft = BuilderForms.dimension(values, errors);
            if (!errors.isEmpty()) {
                throw new InvalidEntryException(errors);
            }
            builder.saveDimension(version.id(), BuilderForms.revision(values), null, draft, editor);
            redirect.addFlashAttribute("notice", "indexes.builder.saved");
            return "redirect:/indexes/" + index.code() + "/v" + number + "/edit";
        } catch (InvalidEntryException e) {
            return overview(index, lookup.version(index, number), support.state(values, merged(errors, e), locale), List.of(),
                    locale, model);
        } catch (ConcurrentEditException e) {
            return conflict(index, number, redirect);
        }
    }

    @PostMapping("/indexes/{code}/v{number:\\d+}/publish")
    String publish(@PathVariable String code, @PathVariable int number, @RequestParam MultiValueMap<String, String> params,
            Locale locale, Model model, RedirectAttributes redirect) {
        SelfAssessmentIndex index = lookup.index(code);
        Editor editor = support.builder(index);
        IndexVersion version = lookup.version(index, number);
        try {
            builder.publish(version.id(), BuilderForms.revision(BuilderForms.values(params)), editor);
            redirect.addFlashAttribute("notice", "indexes.builder.published");
            return "redirect:/indexes/" + index.code() + "/v" + number;
        } catch (InvalidEntryException e) {
            return overview(index, version, FormState.of(Map.of("weight", "1")), support.messages(e.errors(), locale), locale,
                    model);
        } catch (ConcurrentEditException e) {
            return conflict(index, number, redirect);
        }
    }

    @PostMapping("/indexes/{code}/v{number:\\d+}/retire")
    String retire(@PathVariable String code, @PathVariable int number, Locale locale, RedirectAttributes redirect) {
        SelfAssessmentIndex index = lookup.index(code);
        Editor editor = support.builder(index);
        IndexVersion version = lookup.version(index, number);
        try {
            builder.retire(version.id(), editor);
            redirect.addFlashAttribute("notice", "indexes.builder.retired");
        } catch (InvalidEntryException e) {
            redirect.addFlashAttribute("problems", support.messages(e.errors(), locale));
        }
        return "redirect:/indexes/" + index.code();
    }

    static String conflict(SelfAssessmentIndex index, int number, RedirectAttributes redirect) {
        redirect.addFlashAttribute("conflict", true);
        return "redirect:/indexes/" + index.code() + "/v" + number + "/edit";
    }

    static List<FieldError> merged(List<FieldError> parsed, InvalidEntryException e) {
        List<FieldError> all = new ArrayList<>(parsed);
        e.errors().stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }

    private String overview(SelfAssessmentIndex index, IndexVersion version, FormState newDimension, List<String> publishProblems,
            Locale locale, Model model) {
        support.common(index, locale, model);
        List<DimensionLine> lines = new ArrayList<>();
        for (int i = 0; i < version.dimensions().size(); i++) {
            IndexDimension d = version.dimensions().get(i);
            int n = i + 1;
            List<String> questions = new ArrayList<>();
            for (int q = 0; q < d.questions().size(); q++) {
                questions.add(views.message("indexes.numbered", locale, n + "." + (q + 1), d.questions().get(q).prompt().in(locale)));
            }
            lines.add(new DimensionLine(n, d.code(), d.name().in(locale), views.number(d.weight(), locale), questions));
        }
        model.addAttribute("version", version);
        model.addAttribute("statusLabel", views.status(version, locale));
        model.addAttribute("dimensions", lines);
        model.addAttribute("newDimension", newDimension);
        model.addAttribute("newDimensionPlaced", newDimension.placed(BuilderForms.DIMENSION_FIELDS));
        model.addAttribute("newDimensionOthers", newDimension.others(BuilderForms.DIMENSION_FIELDS));
        model.addAttribute("publishProblems", publishProblems);
        model.addAttribute("pendingProblems", version.isDraft() ? support.messages(builder.publishProblems(version), locale)
                : List.of());
        model.addAttribute("hasDraft", indexes.versions(index.id()).stream().anyMatch(IndexVersion::isDraft));
        return "indexes/builder";
    }

    private String indexForm(SelfAssessmentIndex index, FormState form, Model model) {
        model.addAttribute("editing", index != null);
        model.addAttribute("form", form);
        model.addAttribute("placed", form.placed(BuilderForms.INDEX_FIELDS));
        model.addAttribute("others", form.others(BuilderForms.INDEX_FIELDS));
        model.addAttribute("languages", IndexTextInputs.LANGUAGES);
        return "indexes/index-form";
    }
}
