package org.crossroads.library.files;

/**
 * The text of one of a document's files has been extracted and stored (published once per document the file is
 * attached to, when the extraction's transaction commits): search indexes it again through {@link DocumentTexts}.
 */
public record DocumentTextExtracted(long documentId) {}
