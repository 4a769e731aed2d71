package org.crossroads.commitments.web;

import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.commitments.CommitmentPermissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may open the commitments' forms at all, before a service checks the record: writers of the shared records
 * (frameworks, reviews, recommendations: coordinators and administrators) and recorders of a city's records (pledges,
 * signatures: everyone signed in but contributors, who speak for no city).
 */
@Component
class CommitmentEditors {

    private final CurrentEditor currentEditor;
    private final CommitmentPermissions permissions;

    CommitmentEditors(CurrentEditor currentEditor, CommitmentPermissions permissions) {
        this.currentEditor = currentEditor;
        this.permissions = permissions;
    }

    Editor writer() {
        Editor editor = signedIn();
        if (!permissions.mayEditShared(editor)) {
            throw new AccessDeniedException("Only coordinators and administrators write frameworks and recommendations");
        }
        return editor;
    }

    Editor recorder() {
        Editor editor = signedIn();
        if (editor.role() == Role.CONTRIBUTOR) {
            throw new AccessDeniedException("Contributors speak for no city: they record no pledge or signature");
        }
        return editor;
    }

    private Editor signedIn() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("Sign in to record commitments"));
    }
}
