package org.crossroads.library.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * What an uploaded file really is, decided from its bytes before anything of it is kept: its media type (the name
 * and the client's claim are not asked), which must be one of {@link FileKind}'s and match the name's extension;
 * no encryption; a ZIP container (DOCX, XLSX, PPTX, ODT) that does not unpack to more than the limits (zip bombs,
 * read from its central directory without unpacking); a PDF that opens. The full parse in the background guards
 * again (Tika's SecureContentHandler, POI's inflate-ratio check).
 */
final class FileInspection {

    /** Media types Tika gives to password-protected Office files (OOXML inside an encrypted OLE2 container). */
    private static final java.util.Set<String> ENCRYPTED_OFFICE = java.util.Set.of("application/x-tika-ooxml-protected",
            "application/x-tika-msoffice-protected", "application/x-tika-encrypted-zip", "application/x-tika-ooxml-encrypted");
    private static final int MAX_ZIP_ENTRIES = 20_000;
    /** Parts smaller than this may be highly compressible without harm (an empty sheet, a style list). */
    private static final long RATIO_FROM = 1L << 20;

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final long maxUncompressed;
    private final long maxRatio;

    FileInspection(LibraryFileSettings settings) {
        this.maxUncompressed = settings.maxUncompressedSize().toBytes();
        this.maxRatio = settings.maxCompressionRatio();
    }

    /** The file's kind, or why it is refused. */
    FileKind inspect(Path file, String fileName) throws IOException {
        if (Files.size(file) == 0) {
            throw new RefusedFileException("libraryfiles.refused.empty", "The file is empty");
        }
        String detected = detect(file);
        if (ENCRYPTED_OFFICE.contains(detected)) {
            throw new RefusedFileException("libraryfiles.refused.encrypted", "Encrypted office document (" + detected + ")");
        }
        FileKind kind = FileKind.ofDetected(detected).orElseThrow(() -> new RefusedFileException(
                "libraryfiles.refused.type", "Not an accepted type: " + detected, detected));
        String extension = FileKind.extensionOf(fileName);
        if (!kind.extensions().contains(extension)) {
            throw new RefusedFileException("libraryfiles.refused.mismatch",
                    "The bytes are " + kind + " but the name says ." + extension, extension.isEmpty() ? "—" : "." + extension,
                    kind.name());
        }
        if (kind.zipped()) {
            checkZip(file);
        } else if (kind == FileKind.PDF) {
            checkPdf(file);
        }
        return kind;
    }

    String detect(Path file) throws IOException {
        // no file name in the metadata: the bytes alone decide
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata()).toString();
        }
    }

    private void checkZip(Path file) {
        long total = 0;
        int entries = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw bomb("more than " + MAX_ZIP_ENTRIES + " parts");
                }
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size < 0 || packed < 0) {
                    continue; // sizes unknown here: the inflate-ratio check of the parse guards
                }
                total += size;
                if (total > maxUncompressed) {
                    throw bomb("unpacks to more than " + maxUncompressed + " bytes");
                }
                if (size > RATIO_FROM && size > maxRatio * Math.max(1, packed)) {
                    throw bomb(entry.getName() + " unpacks " + size / Math.max(1, packed) + " times its size");
                }
            }
        } catch (ZipException e) {
            throw new RefusedFileException("libraryfiles.refused.malformed", "Broken ZIP container: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RefusedFileException("libraryfiles.refused.malformed", "Unreadable ZIP container: " + e.getMessage(), e);
        }
    }

    private static RefusedFileException bomb(String why) {
        return new RefusedFileException("libraryfiles.refused.zipBomb", "Compressed beyond the limits: " + why);
    }

    private static void checkPdf(Path file) {
        // objects are cached in a temporary file, not the heap
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (pdf.isEncrypted()) {
                throw new RefusedFileException("libraryfiles.refused.encrypted", "Encrypted PDF");
            }
            if (pdf.getNumberOfPages() == 0) {
                throw new RefusedFileException("libraryfiles.refused.malformed", "PDF without pages");
            }
        } catch (InvalidPasswordException e) {
            throw new RefusedFileException("libraryfiles.refused.encrypted", "Password-protected PDF", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedFileException refused) {
                throw refused;
            }
            throw new RefusedFileException("libraryfiles.refused.malformed", "Unreadable PDF: " + e.getMessage(), e);
        }
    }
}
