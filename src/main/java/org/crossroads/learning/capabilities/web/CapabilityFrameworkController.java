package org.crossroads.learning.capabilities.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.learning.capabilities.CapabilityFrameworkUpload;
import org.crossroads.learning.capabilities.CapabilityFrameworks;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list the capability frameworks and add one from a CSV file (under /admin, so administrators only). */
@Controller
class CapabilityFrameworkController {

    private final CapabilityFrameworks frameworks;
    private final CapabilityFrameworkUpload upload;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;

    CapabilityFrameworkController(CapabilityFrameworks frameworks, CapabilityFrameworkUpload upload,
            CurrentEditor currentEditor, FieldMessages fieldMessages) {
        this.frameworks = frameworks;
        this.upload = upload;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
    }

    /** What the upload form posts besides the file, kept when the upload is refused. */
    record FrameworkForm(String code, String nameEn, String nameFr, String nameAr, String nameEs, String source) {

        static FrameworkForm empty() {
            return new FrameworkForm("", "", "", "", "", "");
        }

        Map<String, String> names() {
            Map<String, String> names = new LinkedHashMap<>();
            names.put("en", nameEn);
            names.put("fr", nameFr);
            names.put("ar", nameAr);
            names.put("es", nameEs);
            return names;
        }
    }

    @GetMapping("/admin/capability-frameworks")
    String list(Locale locale, Model model) {
        return page(FrameworkForm.empty(), List.of(), locale, model);
    }

    @PostMapping("/admin/capability-frameworks")
    String add(@ModelAttribute("form") FrameworkForm form, @RequestParam(required = false) MultipartFile file,
            Locale locale, Model model, RedirectAttributes redirect) throws IOException {
        Editor editor = currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
        try {
            // a stream, read at most one byte past the upload limit: a large file never fills the heap
            upload.add(form.code(), form.names(), form.source(), file == null ? null : file.getInputStream(), editor);
            redirect.addFlashAttribute("notice", "capabilities.admin.added");
            return "redirect:/admin/capability-frameworks";
        } catch (InvalidEntryException e) {
            return page(form, e.errors(), locale, model);
        }
    }

    record FrameworkRow(String code, String name, String source, int capabilities, int indicators, String href) {}

    private String page(FrameworkForm form, List<FieldError> errors, Locale locale, Model model) {
        Map<String, List<String>> byField = fieldMessages.byField(errors, locale);
        // the file's problems (the file's own and its rows') are one field's: the error summary links them to its message
        List<String> fileErrors = new ArrayList<>();
        Map<String, List<String>> placedErrors = new LinkedHashMap<>();
        byField.forEach((field, messages) -> {
            if (field.equals("file") || field.startsWith("row ")) {
                fileErrors.addAll(messages);
            } else {
                placedErrors.put(field, messages);
            }
        });
        if (!fileErrors.isEmpty()) {
            placedErrors.put("file", fileErrors);
        }
        model.addAttribute("rows", frameworks.all().stream().map(f -> new FrameworkRow(f.code(), f.name().in(locale),
                f.source(), f.capabilities().size(), f.indicators().size(), "/capabilities?framework=" + f.code())).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", byField);
        model.addAttribute("fileErrors", fileErrors);
        model.addAttribute("placedErrors", placedErrors);
        model.addAttribute("errorCount", errors.size());
        model.addAttribute("levels", CapabilityViews.LEVELS);
        return "learning/capabilities/frameworks";
    }
}
