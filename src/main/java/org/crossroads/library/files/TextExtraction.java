package org.crossroads.library.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of a document file, with Apache Tika: the parser is the one of the kind detected at upload (not one
 * guessed again from a name), the output goes through Tika's {@link SecureContentHandler} (compression ratio of
 * output to input, element depth, nesting of packages), text is kept up to a number of characters, and the pages
 * and language are read. A file that cannot be read is a {@link RefusedFileException} naming why.
 *
 * <p>One file may take {@code crossroads.library.files.extraction-timeout}: the parse runs on a thread of its own,
 * its input and output check the deadline at every read and every piece of text (so a parser that keeps reading or
 * writing stops there), and the caller stops waiting at the deadline whatever the parser does, interrupting it, so a
 * file that never ends cannot hold an extraction worker.
 */
final class TextExtraction {

    /** What a file holds. {@code characters} counts the text kept; {@code truncated} says there was more. */
    record Extracted(String text, long characters, boolean truncated, Integer pages, String language) {}

    /** Characters the parser may write before the ratio of output to input is checked at all (small files pass). */
    private static final long OUTPUT_THRESHOLD = 1_000_000;
    private static final int MAX_DEPTH = 200;
    private static final int MAX_PACKAGE_DEPTH = 10;

    private final AutoDetectParser parser;
    private final int maxCharacters;
    private final long maxRatio;
    private final java.time.Duration timeout;
    private final AtomicInteger parses = new AtomicInteger();

    TextExtraction(LibraryFileSettings settings) {
        this.maxCharacters = settings.maxTextCharacters();
        this.maxRatio = settings.maxCompressionRatio();
        this.timeout = settings.extractionTimeout();
        this.parser = new AutoDetectParser();
        // the same limits for documents embedded in the file (parsed through this parser)
        parser.setAutoDetectParserConfig(new AutoDetectParserConfig(null, OUTPUT_THRESHOLD, maxRatio, MAX_DEPTH, MAX_PACKAGE_DEPTH));
    }

    Extracted extract(InputStream content, FileKind kind) {
        long deadline = System.nanoTime() + timeout.toNanos();
        FutureTask<Extracted> parse = new FutureTask<>(() -> parse(content, kind, deadline));
        Thread thread = new Thread(parse, "library-parse-" + parses.incrementAndGet());
        thread.setDaemon(true); // a parser deaf to interruption must not keep the application from stopping
        thread.start();
        try {
            // a little more than the deadline: the parse's own checks usually stop it first, with a cleaner state
            return parse.get(timeout.toNanos() + TimeUnit.MILLISECONDS.toNanos(500), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw timedOut(e);
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new RefusedFileException("libraryfiles.failed.unreadable", "Interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new RefusedFileException("libraryfiles.failed.malformed", "Unreadable: " + e.getCause(), e.getCause());
        }
    }

    private RefusedFileException timedOut(Throwable cause) {
        return new RefusedFileException("libraryfiles.failed.timeout",
                "Stopped: extracting the text took longer than " + timeout, cause);
    }

    private Extracted parse(InputStream content, FileKind kind, long deadline) {
        try {
            Extracted text = parseWithin(new DeadlineInputStream(content, deadline), kind, deadline);
            if (System.nanoTime() - deadline >= 0) {
                throw timedOut(null); // a parser that swallowed the deadline's error returns part of the text only
            }
            return text;
        } catch (RefusedFileException e) {
            if ("libraryfiles.failed.timeout".equals(e.key())) {
                throw e;
            }
            // whatever a parser made of the deadline (an I/O error, a SAX error, its own wrapping), it is the deadline
            if (System.nanoTime() - deadline >= 0) {
                throw timedOut(e);
            }
            throw e;
        }
    }

    private Extracted parseWithin(InputStream content, FileKind kind, long deadline) {
        StringWriter text = new StringWriter();
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, kind.mediaType());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser); // embedded documents (a sheet in a report) are read too
        Parser own = parser.getParsers(context).getOrDefault(MediaType.parse(kind.mediaType()), parser);
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            SecureContentHandler secure = new SecureContentHandler(
                    new BodyContentHandler(new WriteOutContentHandler(text, maxCharacters)), in);
            secure.setOutputThreshold(OUTPUT_THRESHOLD);
            secure.setMaximumCompressionRatio(maxRatio);
            secure.setMaximumDepth(MAX_DEPTH);
            secure.setMaximumPackageEntryDepth(MAX_PACKAGE_DEPTH);
            try {
                own.parse(in, new DeadlineContentHandler(secure, deadline), metadata, context);
            } catch (SAXException e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    truncated = true;
                } else {
                    secure.throwIfCauseOf(e); // a zip bomb, as a TikaException
                    if (isBomb(e)) {
                        throw new RefusedFileException("libraryfiles.failed.zipBomb", "Zip bomb: " + e.getMessage(), e);
                    }
                    throw new RefusedFileException("libraryfiles.failed.malformed", "Unreadable: " + e.getMessage(), e);
                }
            }
        } catch (EncryptedDocumentException | org.apache.poi.EncryptedDocumentException e) {
            throw new RefusedFileException("libraryfiles.failed.encrypted", "Encrypted: " + e.getMessage(), e);
        } catch (TikaException e) {
            if (isBomb(e)) {
                throw new RefusedFileException("libraryfiles.failed.zipBomb", "Zip bomb: " + e.getMessage(), e);
            }
            throw new RefusedFileException("libraryfiles.failed.malformed", "Unreadable: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedFileException refused) {
                throw refused;
            }
            if (isBomb(e)) {
                throw new RefusedFileException("libraryfiles.failed.zipBomb", "Zip bomb: " + e.getMessage(), e);
            }
            throw new RefusedFileException("libraryfiles.failed.malformed", "Unreadable: " + e, e);
        }
        // PostgreSQL text holds no NUL character
        String kept = text.toString().replace("\u0000", "").strip();
        return new Extracted(kept, kept.length(), truncated, pages(metadata),
                kept.isEmpty() ? null : TextLanguage.get().of(kept).orElse(null));
    }

    /** The page count the file states: PDF pages, a word processor's count, slides; none for sheets and web pages. */
    private static Integer pages(Metadata metadata) {
        for (var property : new org.apache.tika.metadata.Property[] {PagedText.N_PAGES, Office.PAGE_COUNT, Office.SLIDE_COUNT}) {
            Integer n = metadata.getInt(property);
            if (n != null && n >= 0) {
                return n;
            }
        }
        return null;
    }

    /** Input that fails once the deadline has passed. */
    private static final class DeadlineInputStream extends FilterInputStream {

        private final long deadline;

        DeadlineInputStream(InputStream in, long deadline) {
            super(in);
            this.deadline = deadline;
        }

        private void check() throws IOException {
            if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("Extraction time is up");
            }
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            return super.read(b, off, len);
        }

        @Override
        public long skip(long n) throws IOException {
            check();
            return super.skip(n);
        }
    }

    /** Output that fails once the deadline has passed: parsers working from what they have read already stop too. */
    private static final class DeadlineContentHandler extends ContentHandlerDecorator {

        private final long deadline;

        DeadlineContentHandler(ContentHandler handler, long deadline) {
            super(handler);
            this.deadline = deadline;
        }

        private void check() throws SAXException {
            if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                throw new SAXException("Extraction time is up");
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts) throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            check();
            super.ignorableWhitespace(ch, start, length);
        }
    }

    /** Tika's SecureContentHandler and POI's ZipSecureFile both say "zip bomb" when they stop a file. */
    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = Optional.ofNullable(t.getMessage()).orElse("").toLowerCase(java.util.Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("suspected") && message.contains("bomb")) {
                return true;
            }
        }
        return false;
    }
}
