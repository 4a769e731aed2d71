package org.crossroads.library.files;

/** A file was removed from a document: its text no longer belongs to the document's search entry. */
public record DocumentFileDetached(long documentId) {}
