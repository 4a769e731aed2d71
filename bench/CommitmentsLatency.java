import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A commitments page's latency under concurrent clients (issue 13 §4): one path requested by CLIENTS clients in turn
 * for SECONDS seconds, after WARMUP untimed requests. Prints p50, p95, p99, max, requests/s and the page's size.
 * BENCH_COOKIE (e.g. "JSESSIONID=…") sends the requests as a signed-in reader; any answer but 200 is an error.
 * Usage: java CommitmentsLatency.java BASE_URL PATH CLIENTS SECONDS WARMUP LABEL
 */
public class CommitmentsLatency {

    public static void main(String[] args) throws Exception {
        String url = args[0] + args[1];
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        int warmup = Integer.parseInt(args[4]);
        String label = args[5];
        String cookie = System.getenv().getOrDefault("BENCH_COOKIE", "");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong bytes = new AtomicLong();
        for (int i = 0; i < warmup; i++) {
            time(http, url, cookie, bytes);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger errors = new AtomicInteger();
        List<Future<List<Long>>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> micros = new ArrayList<>();
                while (System.nanoTime() < end) {
                    try {
                        micros.add(time(http, url, cookie, bytes));
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
        if (micros.isEmpty()) {
            System.out.printf("%s | %s | %d | 0 | %d | - | - | - | - | - | -%n", args[1], label, clients, errors.get());
            return;
        }
        Collections.sort(micros);
        System.out.printf("%s | %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %,d%n", args[1], label, clients,
                micros.size(), errors.get(), pct(micros, 50), pct(micros, 95), pct(micros, 99),
                micros.get(micros.size() - 1) / 1000.0, micros.size() / elapsed, bytes.get());
    }

    static long time(HttpClient http, String url, String cookie, AtomicLong bytes) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept-Encoding", "identity").header("Accept-Language", "en");
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        long t = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        long micros = (System.nanoTime() - t) / 1000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " for " + url);
        }
        bytes.set(response.body().length);
        return micros;
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }
}
