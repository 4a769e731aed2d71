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
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pivot latency over the marginals that bench/data-pivot.sql generates: a fixed, seeded mix of pivots
 * sent to /api/data/pivot by an anonymous reader (small-cell suppression on every figure), sequentially
 * or by several clients at once. Prints median, p95, p99, max and throughput.
 *
 * The mix: 30 % one indicator for 1-5 cities over all years; 25 % the same broken down by a dimension;
 * 20 % one indicator for one year over the first page of all cities (100, by name), half of them broken
 * down; 15 % 2-4 indicators for one city over all years; 10 % one indicator for 10-50 cities, two years,
 * broken down. Cities are drawn from those the generator filled (read from the API first).
 *
 * Usage: java DataPivotLatency.java BASE_URL REQUESTS CLIENTS
 */
public class DataPivotLatency {

    record Indicator(String code, String[] dimensions) {}

    static final Indicator[] INDICATORS = {
            new Indicator("population", new String[] {"sex", "age_group"}),
            new Indicator("foreign_born_residents", new String[] {"sex", "age_group", "region_of_nationality"}),
            new Indicator("foreign_nationals", new String[] {"sex", "age_group", "region_of_nationality"}),
            new Indicator("refugees_asylum_seekers", new String[] {"sex", "age_group"}),
            new Indicator("new_arrivals", new String[] {"sex", "region_of_nationality"}),
            new Indicator("people_assisted_reception", new String[] {"sex", "migration_status_group"}),
            new Indicator("emigrants_abroad", new String[] {"sex", "age_group"}),
            new Indicator("foreign_pupils", new String[] {"sex"}),
            new Indicator("unemployment_rate_foreign_nationals", new String[] {"sex"})};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int requests = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> cities = cities(http, base);
        if (cities.size() < 60) {
            throw new IllegalStateException("Only " + cities.size() + " cities with figures: run bench/data-pivot.sql first");
        }
        List<Query> urls = queries(base + "/api/data/pivot", cities, requests);
        for (int i = 0; i < Math.min(100, urls.size()); i++) {
            time(http, urls.get(i).url()); // warm-up
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (Query q : urls) {
            futures.add(pool.submit(() -> time(http, q.url())));
        }
        List<Long> micros = new ArrayList<>();
        java.util.Map<String, List<Long>> byKind = new java.util.TreeMap<>();
        for (int i = 0; i < futures.size(); i++) {
            long t = futures.get(i).get();
            micros.add(t);
            byKind.computeIfAbsent(urls.get(i).kind(), k -> new ArrayList<>()).add(t);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Collections.sort(micros);
        System.out.printf("/api/data/pivot clients=%d requests=%d cities=%d median=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms throughput=%.0f req/s%n",
                clients, micros.size(), cities.size(), pct(micros, 50), pct(micros, 95), pct(micros, 99),
                micros.get(micros.size() - 1) / 1000.0, micros.size() / seconds);
        byKind.forEach((kind, times) -> {
            Collections.sort(times);
            System.out.printf("  %-40s n=%4d median=%.1f ms p95=%.1f ms%n", kind, times.size(), pct(times, 50), pct(times, 95));
        });
    }

    /** The ids of cities with population figures in 2020 (the first 2,000 by name). */
    static List<Long> cities(HttpClient http, String base) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/data/pivot?indicator=population&period=2020&limit=2000"))
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString()).body();
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"place\":\\{\"id\":(\\d+)").matcher(body);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    record Query(String kind, String url) {}

    static List<Query> queries(String target, List<Long> cities, int count) {
        Random random = new Random(42);
        List<Query> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder q = new StringBuilder(target).append('?');
            int kind = random.nextInt(100);
            String name;
            Indicator indicator = INDICATORS[random.nextInt(INDICATORS.length)];
            if (kind < 55) {
                q.append("indicator=").append(indicator.code());
                places(q, cities, random, 1 + random.nextInt(5));
                name = kind < 30 ? "a 1-5 cities, all years" : "b 1-5 cities, all years, breakdown";
                if (kind >= 30) {
                    q.append("&dimension=").append(indicator.dimensions()[random.nextInt(indicator.dimensions().length)]);
                }
            } else if (kind < 75) {
                q.append("indicator=").append(indicator.code()).append("&period=").append(2015 + random.nextInt(10));
                name = "c every city (first 100), one year";
                if (random.nextBoolean()) {
                    q.append("&dimension=").append(indicator.dimensions()[random.nextInt(indicator.dimensions().length)]);
                }
            } else if (kind < 90) {
                int n = 2 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    q.append(k == 0 ? "" : "&").append("indicator=").append(INDICATORS[(random.nextInt(INDICATORS.length))].code());
                }
                places(q, cities, random, 1);
                name = "d 2-4 indicators, one city, all years";
            } else {
                name = "e 10-50 cities, two years, breakdown";
                q.append("indicator=").append(indicator.code());
                places(q, cities, random, 10 + random.nextInt(41));
                int year = 2015 + random.nextInt(9);
                q.append("&period=").append(year).append("&period=").append(year + 1);
                q.append("&dimension=").append(indicator.dimensions()[random.nextInt(indicator.dimensions().length)]);
            }
            urls.add(new Query(name, q.toString()));
        }
        return urls;
    }

    static void places(StringBuilder q, List<Long> cities, Random random, int n) {
        for (int k = 0; k < n; k++) {
            q.append("&place=").append(URLEncoder.encode(String.valueOf(cities.get(random.nextInt(cities.size()))), StandardCharsets.UTF_8));
        }
    }

    static long time(HttpClient http, String url) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " for " + url);
        }
        return (System.nanoTime() - t0) / 1000;
    }

    static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
    }
}
