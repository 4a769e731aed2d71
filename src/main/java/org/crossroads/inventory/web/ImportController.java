package org.crossroads.inventory.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportOptions;
import org.crossroads.shared.tabular.ImportReport;
import org.crossroads.shared.tabular.ImportRunner;
import org.crossroads.shared.tabular.TabularImport;
import org.crossroads.shared.tabular.TemplateWriter;
import org.crossroads.shared.upload.ImportSlots;
import org.crossroads.shared.upload.UploadedFiles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The import page: choose a kind, upload CSV, XLSX or GeoJSON, check it (a dry run lists every problem by row,
 * column and reason), then import. The file is read from disk, never held in the heap; a checked file waits on
 * disk ({@link UploadedFiles}), named in the session, so it need not be sent twice. An account runs at most
 * {@code crossroads.uploads.imports-per-account} imports at a time (429 beyond).
 */
@Controller
class ImportController {

    /** Kinds that change shared reference data: only administrators and network coordinators. */
    private static final List<String> COORDINATOR_KINDS = List.of("places", "memberships", "partnerships", "events");
    private static final String PENDING = "crossroads.pendingImport";

    private final ImportRunner runner;
    private final CurrentEditor currentEditor;
    private final org.springframework.context.MessageSource messages;
    private final UploadedFiles uploads;
    private final ImportSlots slots;

    ImportController(ImportRunner runner, CurrentEditor currentEditor, org.springframework.context.MessageSource messages,
            UploadedFiles uploads, ImportSlots slots) {
        this.runner = runner;
        this.currentEditor = currentEditor;
        this.messages = messages;
        this.uploads = uploads;
        this.slots = slots;
    }

    /**
     * A problem as the report shows it, its reason in the reader's language; {@code row} is the feature's
     * number for a GeoJSON file (0 for the file as a whole).
     */
    record ProblemLine(int row, String column, String reason) {}

    /** A checked file waiting on disk under {@code key} in {@link UploadedFiles}. */
    record PendingImport(String kind, String fileName, String key, boolean storeValidRows) implements java.io.Serializable {}

    /** The import form; no kind is chosen for the editor unless a link names one ({@code ?kind=}). */
    @GetMapping("/import")
    String page(@RequestParam(required = false) String kind, Model model) {
        return page(editor(), kind, model);
    }

    /** The form, with {@code chosenKind} chosen when the editor may import it. */
    private String page(Editor editor, String chosenKind, Model model) {
        List<String> kinds = kindsFor(editor);
        model.addAttribute("chosenKind", kinds.contains(chosenKind) ? chosenKind : null);
        model.addAttribute("kinds", kinds);
        java.util.Map<String, TabularImport> formats = new java.util.LinkedHashMap<>();
        kinds.forEach(k -> formats.put(k, runner.kind(k).orElseThrow()));
        model.addAttribute("formats", formats);
        return "inventory/import";
    }

    @PostMapping("/import")
    String check(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean storeValidRows, @RequestParam(defaultValue = "check") String action,
            Locale locale, HttpSession session, Model model) throws IOException {
        Editor editor = editor();
        boolean noKind = kind == null || kind.isBlank();
        boolean noFile = file == null || file.isEmpty();
        if (noKind || noFile) { // both said at once
            model.addAttribute("noKind", noKind);
            model.addAttribute("noFile", noFile);
            return page(editor, kind, model);
        }
        requireKind(editor, kind);
        boolean importNow = "import".equals(action);
        try (ImportSlots.Slot slot = slots.take(editor.username())) {
            discardPending(editor, session);
            Path received = uploads.receive(file);
            boolean kept = false;
            try {
                ImportReport report = run(kind, file.getOriginalFilename(), received, new ImportOptions(!importNow, storeValidRows),
                        editor, locale);
                if (!importNow && (!report.hasErrors() || storeValidRows)) {
                    String key = "inventory-" + java.util.UUID.randomUUID();
                    kept = uploads.keep(key, received, editor.username());
                    if (kept) {
                        session.setAttribute(PENDING, new PendingImport(kind, file.getOriginalFilename(), key, storeValidRows));
                    }
                }
                model.addAttribute("storeValidRows", storeValidRows);
                return report(kind, file.getOriginalFilename(), report, kept, model);
            } finally {
                if (!kept) {
                    uploads.discard(received);
                }
            }
        }
    }

    @PostMapping("/import/confirm")
    String confirm(Locale locale, HttpSession session, Model model) throws IOException {
        Editor editor = editor();
        if (!(session.getAttribute(PENDING) instanceof PendingImport pending)) {
            return "redirect:/import";
        }
        requireKind(editor, pending.kind());
        try (ImportSlots.Slot slot = slots.take(editor.username())) {
            session.removeAttribute(PENDING);
            Path file = uploads.take(pending.key(), editor.username()).orElse(null);
            if (file == null) {
                return "redirect:/import?expired";
            }
            try {
                ImportReport report = run(pending.kind(), pending.fileName(), file,
                        new ImportOptions(false, pending.storeValidRows()), editor, locale);
                return report(pending.kind(), pending.fileName(), report, false, model);
            } finally {
                uploads.discard(file);
            }
        }
    }

    private ImportReport run(String kind, String fileName, Path file, ImportOptions options, Editor editor, Locale locale)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return runner.run(kind, fileName, in, options, context(editor, locale));
        }
    }

    /** A new upload replaces the file checked before it: that one is deleted rather than left to expire. */
    private void discardPending(Editor editor, HttpSession session) {
        if (session.getAttribute(PENDING) instanceof PendingImport previous) {
            session.removeAttribute(PENDING);
            uploads.take(previous.key(), editor.username()).ifPresent(uploads::discard);
        }
    }

    @GetMapping("/import/template/{kind}.{format:csv|xlsx}")
    void template(@PathVariable String kind, @PathVariable String format, HttpServletResponse response) throws IOException {
        TabularImport importKind = runner.kind(kind)
                .orElseThrow(() -> new RecordNotFoundException("import kind", kind));
        response.setHeader("Content-Disposition", "attachment; filename=\"crossroads-" + kind + "-template." + format + "\"");
        if ("csv".equals(format)) {
            response.setContentType("text/csv;charset=UTF-8");
            TemplateWriter.csv(importKind.columns(), response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            TemplateWriter.xlsx(importKind.columns(), response.getOutputStream());
        }
    }

    private String report(String kind, String fileName, ImportReport report, boolean canConfirm, Model model) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("problems", report.problems().stream()
                .map(p -> new ProblemLine(report.position(p), p.column(), messages.getMessage(p.reason(), locale))).toList());
        model.addAttribute("kind", kind);
        model.addAttribute("fileName", fileName);
        model.addAttribute("report", report);
        model.addAttribute("canConfirm", canConfirm);
        if (!model.containsAttribute("storeValidRows")) {
            model.addAttribute("storeValidRows", false);
        }
        return "inventory/import-report";
    }

    private static ImportContext context(Editor editor, Locale locale) {
        boolean propose = editor.role() == Role.CONTRIBUTOR || editor.role() == Role.CITY_FOCAL_POINT;
        return new ImportContext(editor.username(), locale, propose);
    }

    private List<String> kindsFor(Editor editor) {
        return runner.kinds().stream().filter(k -> mayImport(editor, k)).toList();
    }

    private void requireKind(Editor editor, String kind) {
        if (runner.kind(kind).isEmpty()) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST, "Unknown import kind " + kind);
        }
        if (!mayImport(editor, kind)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not import " + kind);
        }
    }

    private static boolean mayImport(Editor editor, String kind) {
        return !COORDINATOR_KINDS.contains(kind)
                || editor.role() == Role.ADMINISTRATOR || editor.role() == Role.NETWORK_COORDINATOR;
    }

    private Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
    }
}
