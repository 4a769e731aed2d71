package org.crossroads.library.files;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Text extraction throughput (pages per second) on a mixed set of generated PDFs and DOCX files, as the background
 * queue does it: Tika's parse (with its limits, language detection) and, for PDFs, the first-page thumbnail.
 * Run with {@code bash bench/library-extraction.sh [FILES_PER_KIND] [PAGES_PER_FILE] [THREADS]}.
 */
public final class ExtractionBenchmark {

    private static final String[] WORDS = (TextExtractionTest.ENGLISH + " " + TextExtractionTest.FRENCH + " "
            + TextExtractionTest.SPANISH).replaceAll("[.,]", "").split(" ");

    public static void main(String[] args) throws Exception {
        int perKind = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Random random = new Random(11);
        List<byte[]> pdfs = new ArrayList<>();
        List<byte[]> docxs = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            pdfs.add(TestFiles.pdf(pageTexts(random, pages)));
            docxs.add(TestFiles.docx(pageTexts(random, pages)));
        }
        long pdfBytes = pdfs.stream().mapToLong(b -> b.length).sum();
        long docxBytes = docxs.stream().mapToLong(b -> b.length).sum();
        System.out.printf("data: %d PDFs and %d DOCX of %d pages each (%,d and %,d bytes), about 3,000 characters a page%n",
                perKind, perKind, pages, pdfBytes, docxBytes);
        TextExtraction extraction = new TextExtraction(FileInspectionTest.SETTINGS);
        Path dir = Files.createTempDirectory("extraction-bench");
        // warm-up: class loading, the language profiles, JIT
        for (int i = 0; i < Math.min(5, perKind); i++) {
            run(extraction, dir, pdfs.get(i), FileKind.PDF);
            run(extraction, dir, docxs.get(i), FileKind.DOCX);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            byte[] pdf = pdfs.get(i);
            byte[] docx = docxs.get(i);
            results.add(pool.submit(() -> run(extraction, dir, pdf, FileKind.PDF)));
            results.add(pool.submit(() -> run(extraction, dir, docx, FileKind.DOCX)));
        }
        long totalPages = 0;
        long characters = 0;
        for (Future<long[]> r : results) {
            long[] pc = r.get();
            totalPages += pc[0];
            characters += pc[1];
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("threads %d: %d files, %d pages, %,d characters in %.1f s: %.1f pages/s, %.2f files/s%n", threads,
                results.size(), totalPages, characters, seconds, totalPages / seconds, results.size() / seconds);
    }

    private static long[] run(TextExtraction extraction, Path dir, byte[] bytes, FileKind kind) throws Exception {
        var text = extraction.extract(new ByteArrayInputStream(bytes), kind);
        if (kind == FileKind.PDF) {
            Path pdf = Files.write(Files.createTempFile(dir, "bench-", ".pdf"), bytes);
            PdfThumbnail.firstPage(pdf, 160);
            Files.delete(pdf);
        }
        return new long[] {text.pages() == null ? 0 : text.pages(), text.characters()};
    }

    private static String[] pageTexts(Random random, int pages) {
        String[] texts = new String[pages];
        for (int p = 0; p < pages; p++) {
            StringBuilder page = new StringBuilder();
            while (page.length() < 3_000) {
                page.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            texts[p] = page.toString();
        }
        return texts;
    }
}
