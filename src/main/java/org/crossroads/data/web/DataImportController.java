package org.crossroads.data.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.data.DataAccess;
import org.crossroads.data.DataImport;
import org.crossroads.data.DataImportBatch;
import org.crossroads.data.DataImportJobs;
import org.crossroads.data.DataValueColumns;
import org.crossroads.shared.tabular.TemplateWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing data values: upload, a dry run that lists every problem, the import itself running in the
 * background with a progress page (it refreshes itself, no script needed), and the report.
 */
@Controller
class DataImportController {

    private static final TypeReference<List<Map<String, Object>>> PROBLEMS = new TypeReference<>() {};

    private final DataImportJobs jobs;
    private final DataAccess access;
    private final CurrentEditor currentEditor;
    private final JsonMapper json;

    DataImportController(DataImportJobs jobs, DataAccess access, CurrentEditor currentEditor, JsonMapper json) {
        this.jobs = jobs;
        this.access = access;
        this.currentEditor = currentEditor;
        this.json = json;
    }

    @GetMapping("/data/import")
    String form(Model model) {
        Editor editor = importer();
        model.addAttribute("batches", jobs.recent(editor.username(), 10));
        model.addAttribute("columns", DataValueColumns.ALL);
        return "data/import";
    }

    @PostMapping("/data/import")
    String upload(@RequestParam MultipartFile file, @RequestParam(defaultValue = "check") String action,
            @RequestParam(defaultValue = "false") boolean storeValidRows, Locale locale) throws IOException {
        Editor editor = importer();
        // the file goes to disk, never into the heap; an account over its limit of running imports gets 429
        long id = jobs.submit(file.getOriginalFilename(), file, new DataImport.Options(!"import".equals(action),
                storeValidRows, editor.username(), locale, access.editablePlaces(editor)));
        return "redirect:/data/imports/" + id;
    }

    @GetMapping("/data/imports/{id:\\d+}")
    String batch(@PathVariable long id, HttpServletResponse response, Model model) {
        Editor editor = importer();
        DataImportBatch batch = jobs.find(id).orElseThrow(() -> new RecordNotFoundException("data import", id));
        if (!batch.createdBy().equals(editor.username()) && !editor.isAdministrator()) {
            throw new AccessDeniedException("Not your import");
        }
        if (!batch.isFinished()) {
            // the page reloads itself every two seconds while the import runs: progress without a script
            response.setHeader("Refresh", "2");
        }
        model.addAttribute("batch", batch);
        model.addAttribute("problems", json.readValue(batch.problemsJson(), PROBLEMS));
        return "data/import-batch";
    }

    @PostMapping("/data/imports/{id:\\d+}/commit")
    String commit(@PathVariable long id, Locale locale) {
        Editor editor = importer();
        return jobs.commitChecked(id, editor.username(), locale, access.editablePlaces(editor)).map(next -> "redirect:/data/imports/" + next)
                .orElse("redirect:/data/import?expired");
    }

    @GetMapping("/data/import/template.{format:csv|xlsx}")
    void template(@PathVariable String format, HttpServletResponse response) throws IOException {
        response.setContentType("csv".equals(format) ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"crossroads-data-values-template." + format + "\"");
        if ("csv".equals(format)) {
            TemplateWriter.csv(DataValueColumns.ALL, response.getOutputStream());
        } else {
            TemplateWriter.xlsx(DataValueColumns.ALL, response.getOutputStream());
        }
    }

    private Editor importer() {
        Editor editor = currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
        if (!access.mayImport(editor)) {
            throw new AccessDeniedException("Contributors do not import data values");
        }
        return editor;
    }
}
