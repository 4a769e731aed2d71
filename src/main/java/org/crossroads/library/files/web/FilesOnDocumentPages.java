package org.crossroads.library.files.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.library.DocumentPermissions;
import org.crossroads.library.files.DocumentFile;
import org.crossroads.library.files.DocumentFiles;
import org.crossroads.library.files.FileKind;
import org.crossroads.library.files.LibraryFileSettings;
import org.springframework.stereotype.Component;

/**
 * What the fragment {@code library/files/fragments :: files(documentId)} shows on any page that includes it (bean
 * {@code filesOnDocumentPages}): the document's files as the signed-in reader may see them, and whether the reader
 * may upload. It asks {@link DocumentPermissions}: for a document the reader may not see it shows nothing at all;
 * for a Chatham House document whose source the reader may not see, files go by a neutral name (an uploaded
 * file's name often names its authors).
 */
@Component
public class FilesOnDocumentPages {

    /** One file as listed: the name this reader sees. */
    public record Listed(DocumentFile file, String name) {}

    /**
     * @param visible false when the reader may not see the document: the fragment renders nothing
     * @param pending a file waits for its text: the page should refresh itself
     */
    public record View(long documentId, boolean visible, List<Listed> files, boolean mayUpload, boolean pending, String accept,
            long maxSizeMegabytes) {}

    private final DocumentFiles files;
    private final DocumentPermissions permissions;
    private final CurrentEditor currentEditor;
    private final long maxSizeMegabytes;

    FilesOnDocumentPages(DocumentFiles files, DocumentPermissions permissions, CurrentEditor currentEditor,
            LibraryFileSettings settings) {
        this.files = files;
        this.permissions = permissions;
        this.currentEditor = currentEditor;
        this.maxSizeMegabytes = Math.max(1, settings.maxSize().toMegabytes());
    }

    public View of(long documentId) {
        Optional<Editor> reader = currentEditor.get();
        Optional<DocumentPermissions.Access> access = permissions.access(documentId).filter(a -> permissions.maySee(a, reader));
        if (access.isEmpty()) {
            return new View(documentId, false, List.of(), false, false, FileKind.accept(), maxSizeMegabytes);
        }
        boolean source = permissions.maySeeSource(access.get(), reader);
        List<Listed> listed = files.of(documentId).stream()
                .map(f -> new Listed(f, source ? f.fileName() : f.neutralName())).toList();
        boolean mayUpload = reader.map(e -> permissions.mayEdit(access.get(), e)).orElse(false);
        return new View(documentId, true, listed, mayUpload, listed.stream().anyMatch(l -> l.file().pending()),
                FileKind.accept(), maxSizeMegabytes);
    }

    /** A language code's name in the reader's language ("fr" is "français" on French pages). */
    public String languageName(String code, Locale locale) {
        return code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(locale);
    }

    /** A size in kilobytes, rounded up, so that a small file is not "0". */
    public long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }
}
