import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load for the peer-learning benchmark (issue 3). Single-file program, JDK only.
 *
 * <pre>
 * java LearningLoad.java latency BASE_URL IDS_FILE PAGES EXPORTS
 *     Dashboard latency. IDS_FILE has lines "event ID", "city ID" and "network ID|all". A seeded mix of
 *     PAGES dashboard pages (half events, a third cities, the rest network pages) and EXPORTS CSV/PDF
 *     exports (of all three), first one client at a time, then 4 clients at once. Prints median, p95, p99
 *     and max per kind (event, city, network, all pages, csv, pdf).
 * java LearningLoad.java sequence BASE_URL IDS_FILE KIND COUNT
 *     COUNT requests of one kind (event, city or network pages) one after the other, for measuring what
 *     one request costs (the caller reads the CPU time of the server processes before and after).
 * java LearningLoad.java burst BASE_URL FIRST LAST CLIENTS SPREAD_SECONDS QUESTIONS
 *     Survey answers: POST /respond/{token} for the tokens "bench" + FIRST..LAST (38 digits, zero padded),
 *     by CLIENTS concurrent clients; SPREAD_SECONDS 0 sends as fast as they go, otherwise request i leaves
 *     at i * SPREAD / count. QUESTIONS: "q1=likert,q7=text,q10=choice:yes,...": each likert gets a seeded
 *     score, each choice the given option, every fourth response the text questions.
 *     Prints the duration, status counts and latency. Exit code 1 unless every status is EXPECTED
 *     (6th argument after QUESTIONS, default 200).
 * </pre>
 */
public class LearningLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Target(String kind, String url) {}

    record Sample(String kind, long micros) {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "latency" -> latency(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "sequence" -> sequence(args[1], Path.of(args[2]), args[3], Integer.parseInt(args[4]));
            case "burst" -> System.exit(burst(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Double.parseDouble(args[5]), args[6], args.length > 7 ? Integer.parseInt(args[7]) : 200));
            default -> throw new IllegalArgumentException("latency or burst, not " + args[0]);
        }
    }

    // ---------------------------------------------------------------- dashboard latency

    static void latency(String base, Path idsFile, int pages, int exports) throws Exception {
        Map<String, List<String>> ids = ids(idsFile);
        System.out.printf("ids: %d events, %d cities, %d network pages%n", ids.get("event").size(), ids.get("city").size(),
                ids.get("network").size());
        Random random = new Random(42);
        List<Target> pageMix = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            pageMix.add(page(base, ids, random, i % 6 < 3 ? "event" : i % 6 < 5 ? "city" : "network", ""));
        }
        List<Target> exportMix = new ArrayList<>();
        for (int i = 0; i < exports; i++) {
            String format = i % 2 == 0 ? "csv" : "pdf";
            Target t = page(base, ids, random, i % 6 < 2 ? "event" : i % 6 < 4 ? "city" : "network", "." + format);
            exportMix.add(new Target(format, t.url()));
        }
        // warm-up: JIT, templates, PostgreSQL caches
        List<Target> warmUp = new ArrayList<>(pageMix.subList(0, Math.min(100, pageMix.size())));
        warmUp.addAll(exportMix.subList(0, Math.min(10, exportMix.size())));
        run(warmUp, 2);
        for (int clients : new int[] {1, 4}) {
            long t0 = System.nanoTime();
            List<Sample> pageSamples = run(pageMix, clients);
            double pageSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            List<Sample> exportSamples = run(exportMix, clients);
            double exportSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("clients=%d: %d pages in %.1f s (%.1f req/s), %d exports in %.1f s%n", clients,
                    pageSamples.size(), pageSeconds, pageSamples.size() / pageSeconds, exportSamples.size(), exportSeconds);
            for (String kind : List.of("event", "city", "network")) {
                print(kind, clients, pageSamples.stream().filter(s -> s.kind().equals(kind)).map(Sample::micros).toList());
            }
            print("all pages", clients, pageSamples.stream().map(Sample::micros).toList());
            for (String kind : List.of("csv", "pdf")) {
                print(kind, clients, exportSamples.stream().filter(s -> s.kind().equals(kind)).map(Sample::micros).toList());
            }
        }
    }

    static void sequence(String base, Path idsFile, String kind, int count) throws Exception {
        Map<String, List<String>> ids = ids(idsFile);
        Random random = new Random(43);
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            targets.add(page(base, ids, random, kind, ""));
        }
        print(kind, 1, run(targets, 1).stream().map(Sample::micros).toList());
    }

    static Map<String, List<String>> ids(Path idsFile) throws IOException {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (String line : Files.readAllLines(idsFile)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2) {
                ids.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
            }
        }
        return ids;
    }

    static Target page(String base, Map<String, List<String>> ids, Random random, String kind, String suffix) {
        List<String> list = ids.get(kind);
        String id = list.get(random.nextInt(list.size()));
        String path = switch (kind) {
            case "event" -> "/events/" + id + "/dashboard" + suffix;
            case "city" -> "/cities/" + id + "/learning" + suffix;
            default -> "all".equals(id) ? "/learning/network" + suffix : "/learning/network/" + id + suffix;
        };
        return new Target(kind, base + path);
    }

    static List<Sample> run(List<Target> targets, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Sample>> futures = new ArrayList<>();
            for (Target t : targets) {
                futures.add(pool.submit(() -> new Sample(t.kind(), get(t.url()))));
            }
            List<Sample> samples = new ArrayList<>();
            for (Future<Sample> f : futures) {
                samples.add(f.get());
            }
            return samples;
        } finally {
            pool.shutdown();
        }
    }

    static long get(String url) throws IOException, InterruptedException {
        long t = System.nanoTime();
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept-Encoding", "gzip").header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " for " + url);
        }
        return (System.nanoTime() - t) / 1000;
    }

    static void print(String kind, int clients, List<Long> micros) {
        if (micros.isEmpty()) {
            return;
        }
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("%-9s clients=%d requests=%d median=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", kind, clients,
                sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0);
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    // ---------------------------------------------------------------- survey burst

    static String token(int i) {
        return "bench" + String.format("%038d", i);
    }

    static int burst(String base, int first, int last, int clients, double spreadSeconds, String questions, int expected)
            throws Exception {
        List<String> bodies = new ArrayList<>();
        Random random = new Random(7);
        for (int i = first; i <= last; i++) {
            StringBuilder body = new StringBuilder();
            for (String q : questions.split(",")) {
                String[] parts = q.split("=", 2);
                String kind = parts[1];
                String value = kind.equals("likert") ? String.valueOf(1 + random.nextInt(5))
                        : kind.startsWith("choice:") ? kind.substring("choice:".length())
                        : i % 4 == 0 ? "Something to apply at home, response " + i : null;
                if (value != null) {
                    body.append(body.length() == 0 ? "" : "&").append(parts[0]).append('=')
                            .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            bodies.add(body.toString());
        }
        int count = last - first + 1;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        record Result(int status, long micros, long lateMicros, boolean thanked) {}
        List<Future<Result>> futures = new ArrayList<>();
        long start = System.nanoTime() + 50_000_000L;
        for (int k = 0; k < count; k++) {
            int index = k;
            long due = start + (long) (spreadSeconds * 1e9 * index / count);
            futures.add(pool.submit(() -> {
                long wait = due - System.nanoTime();
                if (spreadSeconds > 0 && wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                long t = System.nanoTime();
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/respond/" + token(first + index)))
                        .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(bodies.get(index))).build(),
                        HttpResponse.BodyHandlers.ofString());
                long end = System.nanoTime();
                return new Result(response.statusCode(), (end - t) / 1000, spreadSeconds > 0 ? Math.max(0, t - due) / 1000 : 0,
                        response.body().contains("your answers were recorded"));
            }));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Long> micros = new ArrayList<>();
        long late = 0;
        int thanked = 0;
        for (Future<Result> f : futures) {
            Result r = f.get();
            statuses.merge(r.status(), 1, Integer::sum);
            micros.add(r.micros());
            late = Math.max(late, r.lateMicros());
            thanked += r.thanked() ? 1 : 0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(micros);
        System.out.printf("%d POSTs, %d clients, %s: done in %.1f s (%.0f req/s); statuses %s; thank-you pages %d; "
                        + "latency median=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%s%n",
                count, clients, spreadSeconds > 0 ? String.format("paced over %.0f s", spreadSeconds) : "as fast as possible",
                seconds, count / seconds, statuses, thanked, pct(micros, 50), pct(micros, 95), pct(micros, 99),
                micros.get(micros.size() - 1) / 1000.0,
                spreadSeconds > 0 ? String.format("; sent at most %.1f ms behind schedule", late / 1000.0) : "");
        return statuses.keySet().stream().allMatch(s -> s == expected) ? 0 : 1;
    }
}
