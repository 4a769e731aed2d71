import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one search's latency under concurrent clients (issue 11 §4): a set of queries in one language (common words,
 * a phrase, a vocabulary label, a place named in its own and another script, a typo, words found only in files'
 * text) sent by CLIENTS clients in turn for SECONDS seconds, after each query once to warm up. Prints p50, p95, p99,
 * max and requests/s. BENCH_COOKIE (e.g. "JSESSIONID=…") sends the requests as a signed-in reader.
 * Usage: java LibrarySearchLatency.java BASE_URL PATH LANGUAGE CLIENTS SECONDS LABEL
 */
public class LibrarySearchLatency {

    static final Map<String, List<String>> QUERIES = Map.of(
            "en", List.of("housing", "migrant workers", "social cohesion", "reception and orientation", "Tangier", "تونس",
                    "unaccompanied children", "peer learning", "intergration", "mobile legal clinic bus station"),
            "fr", List.of("logement", "accueil des migrants", "cohésion sociale", "mineurs non accompagnés", "Tanger", "طنجة",
                    "dialogue interculturel", "échanges entre pairs", "scolarisaton", "permanence juridique mobile gare routière"),
            "es", List.of("vivienda", "personas refugiadas", "cohesión social", "menores no acompañados", "Túnez", "Casablanca",
                    "diálogo intercultural", "intercambio entre pares", "discriminasion", "clínica jurídica móvil estación de autobuses"),
            "ar", List.of("السكن", "الهجرة", "التماسك الاجتماعي", "القاصرين غير المصحوبين", "طنجة", "Sfax",
                    "الحوار بين الثقافات", "التبادل بين الأقران", "المهاجرينن", "عيادة قانونية متنقلة محطة الحافلات"));

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String path = args[1];
        String language = args[2];
        int clients = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        String label = args[5];
        String cookie = System.getenv().getOrDefault("BENCH_COOKIE", "");
        List<String> urls = QUERIES.get(language).stream()
                .map(q -> base + path + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&lang=" + language).toList();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String url : urls) {
            time(http, url, cookie); // warm-up
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger errors = new AtomicInteger();
        List<Future<List<Long>>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int first = c * urls.size() / clients;
            futures.add(pool.submit(() -> {
                List<Long> micros = new ArrayList<>();
                for (int i = first; System.nanoTime() < end; i++) {
                    try {
                        micros.add(time(http, urls.get(i % urls.size()), cookie));
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return micros;
            }));
        }
        List<Long> micros = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            micros.addAll(f.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Collections.sort(micros);
        System.out.printf("%s %s %s clients=%d requests=%d errors=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f req/s=%.1f%n",
                language, path, label, clients, micros.size(), errors.get(), pct(micros, 50), pct(micros, 95), pct(micros, 99),
                micros.get(micros.size() - 1) / 1000.0, micros.size() / elapsed);
    }

    static long time(HttpClient http, String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "identity");
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        long t = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " for " + url);
        }
        return (System.nanoTime() - t) / 1000;
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }
}
