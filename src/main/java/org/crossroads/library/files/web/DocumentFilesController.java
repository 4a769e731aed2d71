package org.crossroads.library.files.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.library.DocumentPermissions;
import org.crossroads.library.files.DocumentFile;
import org.crossroads.library.files.DocumentFiles;
import org.crossroads.library.files.RefusedFileException;
import org.crossroads.shared.upload.ImportSlots;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A document's files: the list with the upload form, uploads, downloads, thumbnails, the extracted text, and
 * removal. Every route asks {@link DocumentPermissions} first: a document the reader may not see is not found (404),
 * whatever the route; changing its files takes an editor who may edit it (403 otherwise). Files are always sent as
 * attachments under a sandboxing policy and never sniffed, so no uploaded byte runs in the platform's origin.
 */
@Controller
class DocumentFilesController {

    /** Characters of extracted text the text page shows; the whole text is a download. */
    static final int TEXT_PAGE_CHARACTERS = 100_000;

    private final DocumentFiles files;
    private final DocumentPermissions permissions;
    private final CurrentEditor currentEditor;
    private final MessageSource messages;
    private final ImportSlots slots;

    DocumentFilesController(DocumentFiles files, DocumentPermissions permissions, CurrentEditor currentEditor,
            MessageSource messages, ImportSlots slots) {
        this.files = files;
        this.permissions = permissions;
        this.currentEditor = currentEditor;
        this.messages = messages;
        this.slots = slots;
    }

    @GetMapping("/documents/{id:\\d+}/files")
    String list(@PathVariable long id, HttpServletResponse response, Model model) {
        seen(id);
        if (files.extracting(id)) {
            response.setHeader("Refresh", "3"); // progress without a script: the page reloads while text is extracted
        }
        model.addAttribute("documentId", id);
        return "library/files/list";
    }

    @PostMapping("/documents/{id:\\d+}/files")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Locale locale,
            RedirectAttributes redirect) throws IOException {
        Editor editor = editing(id);
        // an upload holds a file on disk and a parse: it counts against the account's imports at a time (429 beyond)
        try (ImportSlots.Slot slot = slots.take(editor.username())) {
            DocumentFile attached = files.attach(id, file, editor.username());
            redirect.addFlashAttribute("fileAttached", attached.fileName());
        } catch (RefusedFileException e) {
            redirect.addFlashAttribute("fileRefusal", messages.getMessage(e.key(), e.arguments().toArray(), locale));
        }
        return "redirect:/documents/" + id + "/files";
    }

    @GetMapping("/documents/{id:\\d+}/files/{fileId:\\d+}")
    void download(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
        DocumentPermissions.Access access = seen(id);
        DocumentFile file = file(id, fileId);
        String name = permissions.maySeeSource(access, currentEditor.get()) ? file.fileName() : file.neutralName();
        // a web page is data here, never a page of this site: it is sent as bytes to save
        String type = switch (file.kind()) {
            case HTML -> "application/octet-stream";
            default -> file.mediaType();
        };
        sendHeaders(response, type, name, file.size());
        response.setHeader("ETag", "\"" + file.sha256() + "\"");
        try (InputStream in = files.open(file); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    @GetMapping("/documents/{id:\\d+}/files/{fileId:\\d+}/thumbnail.png")
    void thumbnail(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
        seen(id);
        byte[] png = files.thumbnail(file(id, fileId)).orElseThrow(() -> new RecordNotFoundException("thumbnail of file", fileId));
        response.setContentType("image/png");
        response.setContentLength(png.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.getOutputStream().write(png);
    }

    @GetMapping("/documents/{id:\\d+}/files/{fileId:\\d+}/text")
    String text(@PathVariable long id, @PathVariable long fileId, Model model) {
        DocumentPermissions.Access access = seen(id);
        DocumentFile file = file(id, fileId);
        String text = files.text(file).orElse("");
        model.addAttribute("documentId", id);
        model.addAttribute("file", file);
        model.addAttribute("fileName", permissions.maySeeSource(access, currentEditor.get()) ? file.fileName() : file.neutralName());
        model.addAttribute("text", text.length() > TEXT_PAGE_CHARACTERS ? text.substring(0, TEXT_PAGE_CHARACTERS) : text);
        model.addAttribute("shortened", text.length() > TEXT_PAGE_CHARACTERS);
        return "library/files/text";
    }

    @GetMapping("/documents/{id:\\d+}/files/{fileId:\\d+}/text.txt")
    void plainText(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
        DocumentPermissions.Access access = seen(id);
        DocumentFile file = file(id, fileId);
        String text = files.text(file).orElseThrow(() -> new RecordNotFoundException("text of file", fileId));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String name = permissions.maySeeSource(access, currentEditor.get()) ? file.fileName() : file.neutralName();
        sendHeaders(response, "text/plain;charset=UTF-8", name + ".txt", bytes.length);
        response.getOutputStream().write(bytes);
    }

    @PostMapping("/documents/{id:\\d+}/files/{fileId:\\d+}/remove")
    String remove(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        Editor editor = editing(id);
        DocumentFile file = file(id, fileId);
        files.detach(file, editor.username());
        redirect.addFlashAttribute("fileRemoved", file.fileName());
        return "redirect:/documents/" + id + "/files";
    }

    private static void sendHeaders(HttpServletResponse response, String type, String name, long length) {
        response.setContentType(type);
        response.setContentLengthLong(length);
        // attachment, even for PDFs: Chromium will not show a PDF under a sandbox policy, and the reader's own viewer is safer
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName(name) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", "private, no-cache");
    }

    /** For clients that ignore {@code filename*}: ASCII letters, digits and a few signs, the rest as underscores. */
    static String asciiName(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ ()-]", "_");
        return ascii.isBlank() ? "file" : ascii;
    }

    private DocumentPermissions.Access seen(long documentId) {
        Optional<Editor> reader = currentEditor.get();
        return permissions.access(documentId).filter(a -> permissions.maySee(a, reader))
                .orElseThrow(() -> new RecordNotFoundException("document", documentId));
    }

    private Editor editing(long documentId) {
        DocumentPermissions.Access access = seen(documentId);
        Editor editor = currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
        if (!permissions.mayEdit(access, editor)) {
            throw new AccessDeniedException("May not change the files of document " + documentId);
        }
        return editor;
    }

    private DocumentFile file(long documentId, long attachmentId) {
        return files.find(documentId, attachmentId).orElseThrow(() -> new RecordNotFoundException("file", attachmentId));
    }
}
