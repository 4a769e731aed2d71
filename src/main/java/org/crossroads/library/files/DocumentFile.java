package org.crossroads.library.files;

import java.time.OffsetDateTime;

/**
 * A file attached to a document, with what its extraction found so far.
 *
 * @param id the attachment (the {@code {fileId}} of the file routes)
 * @param fileId the stored content, shared by every document the same bytes are attached to
 * @param state queued, extracting, extracted or failed
 * @param errorKey why extraction failed, a message key of messages/libraryfiles
 */
public record DocumentFile(long id, long documentId, long fileId, String fileName, String uploadedBy, OffsetDateTime uploadedAt,
        String sha256, long size, String mediaType, String state, Integer pages, String language, Long characters,
        boolean truncated, String errorKey, boolean hasThumbnail) {

    public FileKind kind() {
        return FileKind.ofMediaType(mediaType).orElseThrow();
    }

    /** Whether its text is still to come: the page showing it refreshes itself. */
    public boolean pending() {
        return "queued".equals(state) || "extracting".equals(state);
    }

    public boolean extracted() {
        return "extracted".equals(state);
    }

    /** The file name shown to readers who may not see a Chatham House document's source: it may name its authors. */
    public String neutralName() {
        return "document-" + documentId + "-" + id + "." + kind().extensions().get(0);
    }
}
