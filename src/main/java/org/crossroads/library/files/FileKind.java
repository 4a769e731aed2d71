package org.crossroads.library.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of document files the library accepts, each known by the media types detected from its bytes and by
 * the extensions its name may carry. Anything else (a macro-enabled document, an archive, a program) is refused.
 */
public enum FileKind {
    PDF("application/pdf", Set.of("application/pdf"), List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), List.of("docx")),
    ODT("application/vnd.oasis.opendocument.text", Set.of("application/vnd.oasis.opendocument.text"), List.of("odt")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), List.of("xlsx")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation",
            Set.of("application/vnd.openxmlformats-officedocument.presentationml.presentation"), List.of("pptx")),
    HTML("text/html", Set.of("text/html", "application/xhtml+xml"), List.of("html", "htm", "xhtml"));

    private final String mediaType;
    private final Set<String> detected;
    private final List<String> extensions;

    FileKind(String mediaType, Set<String> detected, List<String> extensions) {
        this.mediaType = mediaType;
        this.detected = detected;
        this.extensions = extensions;
    }

    /** The media type recorded and served for files of this kind. */
    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Whether the document is packed in a ZIP container (checked for zip bombs before it is parsed). */
    public boolean zipped() {
        return this == DOCX || this == ODT || this == XLSX || this == PPTX;
    }

    /** The kind of a detected media type (parameters such as charset ignored). */
    public static Optional<FileKind> ofDetected(String mediaType) {
        String base = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.detected.contains(base)).findFirst();
    }

    /** The kind of a recorded media type. */
    public static Optional<FileKind> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(k -> k.mediaType.equals(mediaType)).findFirst();
    }

    /** The extension of a file name, lower case, or "" when it has none. */
    public static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** What the upload form's file chooser offers (its {@code accept} attribute). */
    public static String accept() {
        return String.join(",", Arrays.stream(values()).flatMap(k -> k.extensions.stream()).map(e -> "." + e).toList());
    }
}
