import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Faceted search latency: a fixed, seeded mix of searches (no filter, 1-3 facets, text + facets, deep
 * pages) sent to a path, sequentially and then by several clients at once. Prints median, p95, p99, max.
 * Usage: java SearchLatency.java BASE_URL PATH REQUESTS CLIENTS
 */
public class SearchLatency {

    static final String[] TYPES = {"peer_exchange", "knowledge_data", "expert_linking", "city_partnership", "joint_strategy",
            "joint_advocacy", "inclusive_services", "migrant_programme", "drivers_returnees"};
    static final String[] THEMES = {"housing", "employment", "education", "health", "data", "culture", "social_cohesion",
            "legal_aid", "reception_orientation", "governance", "gender", "children_youth"};
    static final String[] ROUTES = {"central_med", "western_med", "eastern_med", "atlantic"};
    static final String[] ROLES = {"origin", "transit", "destination"};
    static final String[] STATUS = {"planned", "active", "completed"};
    static final String[] WORDS = {"migrant", "housing", "reception", "dialogue", "urban", "legal", "youth", "cairo", "lagos", "sfax"};
    static final String[] COUNTRIES = {"NG", "EG", "MA", "TN", "IT", "ES", "FR", "TR", "IN", "BR", "CN", "US"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String path = args[1];
        int requests = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        List<String> urls = queries(base + path, requests);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < Math.min(100, urls.size()); i++) {
            time(http, urls.get(i)); // warm-up
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (String url : urls) {
            futures.add(pool.submit(() -> time(http, url)));
        }
        List<Long> micros = new ArrayList<>();
        for (Future<Long> f : futures) {
            micros.add(f.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Collections.sort(micros);
        System.out.printf("%s clients=%d requests=%d median=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms throughput=%.0f req/s%n",
                path, clients, micros.size(), pct(micros, 50), pct(micros, 95), pct(micros, 99),
                micros.get(micros.size() - 1) / 1000.0, micros.size() / seconds);
    }

    static List<String> queries(String target, int count) {
        Random random = new Random(42);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder q = new StringBuilder(target).append(target.contains("?") ? "&" : "?");
            int kind = i % 4;
            if (kind >= 1) {
                int facets = 1 + random.nextInt(3);
                for (int f = 0; f < facets; f++) {
                    switch (random.nextInt(7)) {
                        case 0 -> q.append("type=").append(pick(random, TYPES)).append('&');
                        case 1 -> q.append("theme=").append(pick(random, THEMES)).append('&');
                        case 2 -> q.append("route=").append(pick(random, ROUTES)).append('&');
                        case 3 -> q.append("role=").append(pick(random, ROLES)).append('&');
                        case 4 -> q.append("status=").append(pick(random, STATUS)).append('&');
                        case 5 -> q.append("country=").append(pick(random, COUNTRIES)).append('&');
                        default -> q.append("gcm=").append(1 + random.nextInt(23)).append('&');
                    }
                }
            }
            if (kind == 2) {
                q.append("q=").append(pick(random, WORDS)).append('&');
            }
            if (kind == 3) {
                q.append("page=").append(1 + random.nextInt(50)).append('&');
            }
            urls.add(q.toString());
        }
        return urls;
    }

    static long time(HttpClient http, String url) throws Exception {
        long t = System.nanoTime();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "identity").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " for " + url);
        }
        return (System.nanoTime() - t) / 1000;
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
