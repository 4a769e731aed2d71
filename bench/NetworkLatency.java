import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Latency of a list of paths (one a line in a file): a seeded sequence of REQUESTS of them, sent by CLIENTS
 * clients at once after 100 warm-up requests. Prints the answer statuses, median, p95, p99 and max.
 * Usage: java NetworkLatency.java BASE_URL PATHS_FILE REQUESTS CLIENTS LABEL
 */
public class NetworkLatency {

    record Answer(long micros, int status) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> paths = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
        int requests = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        String label = args[4];
        Random random = new Random(42);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            urls.add(base + paths.get(random.nextInt(paths.size())));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < Math.min(100, urls.size()); i++) {
            send(http, urls.get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Answer>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (String url : urls) {
            futures.add(pool.submit(() -> send(http, url)));
        }
        List<Long> micros = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Answer> f : futures) {
            Answer a = f.get();
            micros.add(a.micros());
            statuses.merge(a.status(), 1, Integer::sum);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Collections.sort(micros);
        System.out.printf("%s: clients=%d requests=%d (%d paths) statuses=%s median=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms throughput=%.0f req/s%n",
                label, clients, micros.size(), paths.size(), statuses, pct(micros, 50), pct(micros, 95), pct(micros, 99),
                micros.get(micros.size() - 1) / 1000.0, micros.size() / seconds);
    }

    static Answer send(HttpClient http, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "en").GET().build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer((System.nanoTime() - t0) / 1000, response.statusCode());
    }

    static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
