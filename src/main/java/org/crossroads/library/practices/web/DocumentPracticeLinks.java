package org.crossroads.library.practices.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.library.DocumentPermissions;
import org.crossroads.library.practices.PracticeEditing;
import org.crossroads.shared.web.BadParameterException;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * From a document's page, lists the document in the evidence of the practice it describes, or takes it off
 * (post/redirect/get back to the document). The link belongs to the practice: the editor must be allowed to change
 * the practice ({@link PracticeEditing#linkDocument}) and to see the document; a document they may not see is not
 * found.
 */
@Controller
class DocumentPracticeLinks {

    private final PracticeEditing editing;
    private final DocumentPermissions documentPermissions;
    private final CurrentEditor currentEditor;

    DocumentPracticeLinks(PracticeEditing editing, DocumentPermissions documentPermissions, CurrentEditor currentEditor) {
        this.editing = editing;
        this.documentPermissions = documentPermissions;
        this.currentEditor = currentEditor;
    }

    @PostMapping("/documents/{id:\\d+}/practices")
    String link(@PathVariable long id, @RequestParam(required = false) Long practice, RedirectAttributes redirect) {
        return change(id, practice, true, redirect);
    }

    @PostMapping("/documents/{id:\\d+}/practices/{practice:\\d+}/remove")
    String unlink(@PathVariable long id, @PathVariable long practice, RedirectAttributes redirect) {
        return change(id, practice, false, redirect);
    }

    private String change(long documentId, Long practiceId, boolean linked, RedirectAttributes redirect) {
        Optional<Editor> reader = currentEditor.get();
        Editor editor = reader.orElseThrow(() -> new AccessDeniedException("login required"));
        if (!documentPermissions.maySee(documentId, reader)) {
            throw new RecordNotFoundException("document", documentId); // before anything else: the answer says nothing of it
        }
        if (practiceId == null) {
            throw new BadParameterException("practice", "Which practice the document describes");
        }
        try {
            editing.linkDocument(practiceId, documentId, linked, editor);
            redirect.addFlashAttribute("notice", linked ? "practices.document.linked" : "practices.document.unlinked");
        } catch (InvalidEntryException e) {
            redirect.addFlashAttribute("notice", "practices.document.notPublished");
        }
        return "redirect:/documents/" + documentId + "#practices";
    }
}
