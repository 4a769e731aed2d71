package org.crossroads.library.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The library's document files (README, configuration table; docs/library.md, "Files and text extraction").
 *
 * @param directory root of the local file store: contents under {@code ab/cd/<sha256>}, uploads being received
 *     under {@code incoming/}
 * @param maxSize largest file accepted
 * @param maxTextCharacters characters of extracted text kept per file; the rest is left out (and the file marked so)
 * @param extractionThreads files extracted at the same time
 * @param maxUncompressedSize largest total a DOCX, XLSX, PPTX or ODT may unpack to
 * @param maxCompressionRatio largest ratio of unpacked to packed size of any part of such a file (zip bombs)
 * @param thumbnailWidth width in pixels of the first-page image of PDFs
 * @param extractionTimeout longest the text of one file may take to extract; a file taking longer is stopped and
 *     marked failed
 * @param store where contents are kept: {@code local} (under {@code directory}) or {@code s3} (the bucket of
 *     {@link S3FileStoreSettings}); uploads are received under {@code directory/incoming} either way
 */
@ConfigurationProperties("crossroads.library.files")
public record LibraryFileSettings(String directory, DataSize maxSize, Integer maxTextCharacters, Integer extractionThreads,
        DataSize maxUncompressedSize, Integer maxCompressionRatio, Integer thumbnailWidth, java.time.Duration extractionTimeout, Store store) {

    /** Where document file contents are kept. */
    public enum Store { LOCAL, S3 }


    public LibraryFileSettings {
        // normalised: the default is written beside the database's directory ("data/postgres/../uploads"), which
        // need not exist yet
        directory = java.nio.file.Path.of(directory == null || directory.isBlank() ? "data/library-files" : directory).normalize().toString();
        maxSize = maxSize == null ? DataSize.ofMegabytes(50) : maxSize;
        maxTextCharacters = maxTextCharacters == null ? 10_000_000 : Math.max(1, maxTextCharacters);
        extractionThreads = extractionThreads == null ? 1 : Math.max(1, extractionThreads);
        maxUncompressedSize = maxUncompressedSize == null ? DataSize.ofMegabytes(500) : maxUncompressedSize;
        maxCompressionRatio = maxCompressionRatio == null ? 100 : Math.max(2, maxCompressionRatio);
        thumbnailWidth = thumbnailWidth == null ? 160 : Math.max(32, Math.min(800, thumbnailWidth));
        extractionTimeout = extractionTimeout == null || extractionTimeout.isNegative() || extractionTimeout.isZero()
                ? java.time.Duration.ofMinutes(2) : extractionTimeout;
        store = store == null ? Store.LOCAL : store;
    }
}
