package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crossroads.IntegrationTest;
import org.crossroads.MappedRoutes;
import org.crossroads.directory.MembershipDraft;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.shared.statistics.DisclosureAudit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attacker of issue 9, section 1, against local migration data. Generates many small random tables —
 * cities of a few countries, a year over its quarters (and sometimes months), breakdowns by one or two
 * dimensions with their totals, small counts, zeros, confidential and restricted values, a share computed
 * from a count over a population — stores each round's tables through the real importer (one file per
 * round), then reads them as a visitor who is not signed in, over HTTP, from every public output of the
 * data module that shows these figures: one {@link Reader} per output (see {@link #readers()}), and
 * {@link #everyPublicDataRouteThatShowsFiguresHasAReader()} fails when a data route is neither read nor
 * listed in {@link #NO_FIGURES}. Every figure published and every relation between figures (totals are sums
 * of their parts along each breakdown and period, a country the sum of the cities its map lists, the share
 * the count over the population) goes to {@link DisclosureAudit}, which works out by linear programming the
 * interval of each hidden count; the test fails when any is narrower than "&lt;5" says, and when a figure is
 * hidden in one output and shown in another.
 *
 * <p>A default run audits at least {@value #DEFAULT_TABLES} city tables: about 30 rounds of 8 to 15 countries of 1
 * to 3 cities, about 30,000 audited cells and 300,000 figures read, and the peer statistics of about 200
 * profiles. Measured against the previous version of this test (60 rounds, about 360 tables, JSON, CSV and
 * the profile page only) under the same load, it takes 1.1 to 1.25 times as long: an estimated 60 to 70 s in
 * the suite, where the previous one took about 54 s. It prints its time and figures by reader. Replay a
 * failure with {@code -Ddisclosure.seed=N -Ddisclosure.rounds=1} (printed on failure); more tables with
 * {@code -Ddisclosure.tables=N}, or a fixed number of rounds with {@code -Ddisclosure.rounds=N}.
 */
@IntegrationTest
class SmallCountDisclosureTest {

    private static final int THRESHOLD = 5;
    static final int DEFAULT_TABLES = 700;
    private static final String TWO = "atk_two";
    private static final String THREE = "atk_three";
    private static final List<String> TWO_CATEGORIES = List.of("a", "b");
    private static final List<String> THREE_CATEGORIES = List.of("x", "y", "z");
    /** The dimensions' names, as pages write them ("Attack two: a"). */
    private static final Map<String, String> DIMENSION_NAMES = Map.of("Attack two", TWO, "Attack three", THREE);
    private static final int YEAR = 2023;
    /** Cities per round whose own outputs (series, comparison, profile) are read; the profile's PDF for the first. */
    private static final int SAMPLED_CITIES = 3;
    /** The values page shows the first 200 values of a selection (its files and API hold all). */
    private static final int VALUES_PAGE_ROWS = 200;
    /** Whether a hidden country sum on the map is itself audited as a count (see {@link Published#country}). */
    private static final boolean COUNTRY_TOTALS = Boolean.getBoolean("disclosure.countryTotals");

    /**
     * The data module's public GET routes that show none of the figures the attacker audits, and why. Every
     * other data route needs a {@link Reader}: a new output that shows figures and is in neither list fails
     * {@link #everyPublicDataRouteThatShowsFiguresHasAReader()}.
     */
    static final Map<String, String> NO_FIGURES = Map.ofEntries(
            // the catalogue: names, units, breakdowns and formulas, no value
            Map.entry("/data", "the overview lists indicators and says the threshold"),
            Map.entry("/data/indicators", "the indicator catalogue"),
            Map.entry("/api/indicators", "the indicator catalogue"),
            Map.entry("/api/indicators/{code}", "one indicator of the catalogue"),
            Map.entry("/api/dimensions", "the breakdowns and their categories"),
            // importing is for editors; the template is blank
            Map.entry("/data/import", "the import form, for editors"),
            Map.entry("/data/imports/{id:\\d+}", "an import's report, for the editor who ran it"),
            Map.entry("/data/import/template.{format:csv|xlsx}", "a blank import template"),
            // service points: addresses, services and opening hours, no count of people
            Map.entry("/cities/{id:\\d+}/service-points", "service points: addresses and services, no count"),
            Map.entry("/cities/{id:\\d+}/service-points.geojson", "service points: addresses and services, no count"),
            Map.entry("/cities/{id:\\d+}/service-points.csv", "service points: addresses and services, no count"),
            Map.entry("/api/service-points", "service points: addresses and services, no count"),
            Map.entry("/cities/{id:\\d+}/service-points/new", "the service point form, for editors"),
            Map.entry("/service-points/{id:\\d+}/edit", "the service point form, for editors"),
            // self-assessment indexes: scores a city gives its own governance, not counts of people
            Map.entry("/indexes", "self-assessment indexes: scores, not counts of people"),
            Map.entry("/indexes/{code}", "self-assessment indexes: scores, not counts of people"),
            Map.entry("/indexes/{code}/v{number:\\d+}", "self-assessment indexes: scores, not counts of people"),
            Map.entry("/api/indexes", "self-assessment indexes: scores, not counts of people"),
            Map.entry("/api/indexes/{code}/versions/{number}", "self-assessment indexes: scores, not counts of people"),
            Map.entry("/api/indexes/{code}/versions/{number}/scores", "self-assessment indexes: scores, not counts of people"),
            Map.entry("/cities/{placeId:\\d+}/indexes/{code}", "a city's self-assessment scores, not counts of people"),
            Map.entry("/indexes/{code}/v{number:\\d+}/respond", "the self-assessment questionnaire, for the city's editors"),
            Map.entry("/indexes/new", "the index builder, for editors"),
            Map.entry("/indexes/{code}/edit", "the index builder, for editors"),
            Map.entry("/indexes/{code}/v{number:\\d+}/edit", "the index builder, for editors"),
            Map.entry("/indexes/{code}/v{number:\\d+}/dimensions/{dimension}", "the index builder, for editors"),
            Map.entry("/indexes/{code}/v{number:\\d+}/questions/{question}", "the index builder, for editors"));

    @LocalServerPort int port;
    @Autowired CatalogueEditing editing;
    @Autowired DataImportJobs jobs;
    @Autowired OrganisationEditing organisations;
    @Autowired MembershipEditing memberships;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    final HttpClient http = HttpClient.newHttpClient();

    /** A gazetteer city: its directory id and its country. */
    record City(long id, long geonamesId, String name, String country) {}

    /** What the generator made of one city: the true value of every figure, by period and combination. */
    record Table(City city, Map<String, Map<String, Long>> truth, Map<String, Long> population) {}

    /** One round: three indicators of its own, the tables of its cities, their true values. */
    record Round(long seed, String counts, String population, String share, List<Table> tables, long network) {

        List<String> indicators() {
            return List.of(counts, share, population);
        }

        /** The indicators as a query: {@code indicator=…&indicator=…}. */
        String indicatorQuery() {
            return "indicator=" + counts + "&indicator=" + share + "&indicator=" + population;
        }

        /** The cities whose own outputs are read this round: a few, chosen by the round's seed. */
        List<Table> sample() {
            List<Table> sample = new ArrayList<>(tables);
            java.util.Collections.shuffle(sample, new Random(seed * 17));
            return sample.subList(0, Math.min(SAMPLED_CITIES, sample.size()));
        }
    }

    /** Reads one output for a round and tells {@code published} every figure it shows. */
    @FunctionalInterface
    interface Read {
        void read(Round round, Published published, Random rnd) throws Exception;
    }

    /** One public output: the routes it reads (as mapped) and how. */
    record Reader(String output, List<String> routes, Read read) {}

    /** Every public output that shows the audited figures, one reader each. */
    List<Reader> readers() {
        return List.of(
                new Reader("pivot API", List.of("/api/data/pivot"), this::pivotApi),
                new Reader("pivot page", List.of("/data/pivot"), this::pivotPage),
                new Reader("pivot CSV and XLSX", List.of("/data/pivot.{format:csv|xlsx}"), this::pivotFiles),
                new Reader("series API", List.of("/api/data/series"), this::seriesApi),
                new Reader("series page", List.of("/data/series"), this::seriesPage),
                new Reader("comparison API", List.of("/api/data/compare"), this::compareApi),
                new Reader("comparison page", List.of("/data/compare"), this::comparePage),
                new Reader("map GeoJSON", List.of("/api/data/map", "/data/map.geojson"), this::mapGeoJson),
                new Reader("map page", List.of("/data/map"), this::mapPage),
                new Reader("values API", List.of("/api/data-values"), this::valuesApi),
                new Reader("values page", List.of("/data/values"), this::valuesPage),
                new Reader("values CSV, XLSX and JSON", List.of("/data/values.{format:csv|xlsx}", "/data/values.json"),
                        this::valuesFiles),
                new Reader("city profile page", List.of("/cities/{id:\\d+}/profile"), this::profilePage),
                new Reader("city profile PDF", List.of("/cities/{id:\\d+}/profile.pdf"), this::profilePdf));
    }

    @Test
    void everyPublicDataRouteThatShowsFiguresHasAReader() {
        // the data module's routes and those of the modules split from it (indexes, service points, issue 14)
        List<String> routes = java.util.stream.Stream.of("org.crossroads.data", "org.crossroads.indexes",
                "org.crossroads.servicepoints").flatMap(p -> MappedRoutes.readPatterns(mapping, p).stream()).toList();
        Set<String> read = new TreeSet<>();
        readers().forEach(r -> read.addAll(r.routes()));
        List<String> unread = routes.stream().filter(p -> !read.contains(p) && !NO_FIGURES.containsKey(p)).toList();
        assertThat(unread).as("data routes the attacker does not read: give each a Reader, or, when it shows no "
                + "figure, list it in NO_FIGURES with why (mapped data routes: %s)", routes).isEmpty();
        // both lists name mapped routes only, so that a renamed route cannot leave its reader behind
        assertThat(routes).as("routes the readers name").containsAll(read);
        assertThat(routes).as("routes NO_FIGURES names").containsAll(NO_FIGURES.keySet());
        assertThat(read).as("a route both read and said to show no figures").doesNotContainAnyElementsOf(NO_FIGURES.keySet());
    }

    @Test
    void noPublicOutputNarrowsAHiddenCountBeyondTheThreshold() throws Exception {
        long seed = Long.getLong("disclosure.seed", System.nanoTime());
        Integer fixedRounds = Integer.getInteger("disclosure.rounds");
        int wanted = Integer.getInteger("disclosure.tables", DEFAULT_TABLES);
        dimensions();
        Map<String, List<City>> byCountry = cities();
        List<Reader> readers = readers();
        Map<String, Long> nanos = new LinkedHashMap<>();
        Map<String, Integer> figures = new LinkedHashMap<>();
        int peerStatistics = 0;
        int rounds = 0;
        int tables = 0;
        int audited = 0;
        int complementaryRead = 0;
        while (fixedRounds != null ? rounds < fixedRounds : tables < wanted) {
            long roundSeed = seed + rounds;
            long start = System.nanoTime();
            Round round = generate(roundSeed, byCountry);
            nanos.merge("generating and importing", System.nanoTime() - start, Long::sum);
            Published published = new Published(round, complementary(round));
            Random rnd = new Random(roundSeed * 31);
            for (Reader reader : readers) {
                start = System.nanoTime();
                published.output = reader.output();
                reader.read().read(round, published, rnd);
                nanos.merge(reader.output(), System.nanoTime() - start, Long::sum);
            }
            start = System.nanoTime();
            published.relations();
            String replay = "seed " + roundSeed + " (replay with -Ddisclosure.seed=" + roundSeed + " -Ddisclosure.rounds=1)";
            assertThat(published.inconsistencies()).as("%s: figures hidden in one output and shown in another", replay)
                    .isEmpty();
            assertThat(published.peerMismatches()).as("%s: profiles' peer statistics", replay).isEmpty();
            peerStatistics += published.peers.size();
            for (var e : published.audits.entrySet()) {
                List<DisclosureAudit.Breach> breaches = e.getValue().breaches();
                assertThat(breaches).as("%s, country %s, tables %s", replay, e.getKey(), describe(round, e.getKey()))
                        .isEmpty();
                audited += e.getValue().cellCount();
            }
            nanos.merge("auditing", System.nanoTime() - start, Long::sum);
            published.figures.forEach((output, n) -> figures.merge(output, n, Integer::sum));
            complementaryRead += published.complementaryRead;
            tables += round.tables().size();
            rounds++;
        }
        StringBuilder steps = new StringBuilder();
        nanos.forEach((k, v) -> steps.append(String.format("%n  %-28s %6d ms %8s", k, v / 1_000_000,
                figures.containsKey(k) ? figures.get(k) + " figures" : "")));
        System.out.printf("Disclosure audit: %d rounds, %d city tables, %d cells audited (%d complementary figures read "
                + "as at least the threshold), %d profiles' peer statistics checked, seed %d; by step:%s%n", rounds, tables,
                audited, complementaryRead, peerStatistics, seed, steps);
        assertThat(complementaryRead).as("complementary figures read, seed %d", seed).isPositive();
        assertThat(tables).isGreaterThanOrEqualTo(fixedRounds != null ? fixedRounds : wanted);
        // a reader that finds nothing (a page changed its markup) would audit nothing and pass
        readers.forEach(r -> assertThat(figures.getOrDefault(r.output(), 0)).as("figures read from the %s, seed %d",
                r.output(), seed).isPositive());
        assertThat(peerStatistics).as("profiles' peer statistics checked, seed %d", seed).isPositive();
    }

    private static String describe(Round round, String country) {
        StringBuilder s = new StringBuilder();
        round.tables().stream().filter(t -> t.city().country().equals(country))
                .forEach(t -> s.append("\n  ").append(t.city().id()).append(": ").append(t.truth()));
        return s.toString();
    }

    // ---- generation -------------------------------------------------------------------------------------

    private void dimensions() {
        editing.putDimension(TWO, Map.of("en", "Attack two"), TWO_CATEGORIES.stream()
                .map(c -> new CatalogueEditing.CategoryDraft(c, Map.of("en", c))).toList(), "disclosure-test");
        editing.putDimension(THREE, Map.of("en", "Attack three"), THREE_CATEGORIES.stream()
                .map(c -> new CatalogueEditing.CategoryDraft(c, Map.of("en", c))).toList(), "disclosure-test");
    }

    /** Gazetteer cities by country, for countries with at least three. */
    private Map<String, List<City>> cities() {
        Map<String, List<City>> byCountry = new TreeMap<>();
        jdbc.sql("select id, geonames_id, name, country_code from place where geonames_id is not null order by id limit 20000")
                .query(rs -> {
                    byCountry.computeIfAbsent(rs.getString(4), c -> new ArrayList<>())
                            .add(new City(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                });
        byCountry.values().removeIf(list -> list.size() < 3);
        assertThat(byCountry).as("gazetteer countries with three cities").hasSizeGreaterThanOrEqualTo(4);
        return byCountry;
    }

    private Round generate(long seed, Map<String, List<City>> byCountry) {
        Random rnd = new Random(seed);
        String tag = "atk" + Long.toString(Math.abs(seed), 36) + "_" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String counts = tag + "_n";
        String population = tag + "_pop";
        String share = tag + "_share";
        editing.putIndicator(draft(counts, "count", "sum", List.of(TWO, THREE), null, 0), "disclosure-test");
        editing.putIndicator(draft(population, "count", "sum", List.of(), null, 0), "disclosure-test");
        editing.putIndicator(draft(share, "percent", "average", List.of(), counts + " / " + population + " * 100", 1),
                "disclosure-test");
        List<String> countries = new ArrayList<>(byCountry.keySet());
        java.util.Collections.shuffle(countries, rnd);
        List<Table> tables = new ArrayList<>();
        StringBuilder csv = new StringBuilder(DataImportTest.HEADER);
        // 8 to 15 countries of 1 to 3 cities: the audit is per country, and most reads are per round (the
        // pivot, map layers, files) or per sampled city, so many tables a round cost little more than a few
        for (String country : countries.subList(0, Math.min(countries.size(), 8 + rnd.nextInt(8)))) {
            List<City> pool = new ArrayList<>(byCountry.get(country));
            java.util.Collections.shuffle(pool, rnd);
            for (City city : pool.subList(0, 1 + rnd.nextInt(3))) {
                tables.add(table(rnd, city, counts, population, csv));
            }
        }
        DataImportReport report = jobs.runNow(tag + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                new DataImport.Options(false, false, "disclosure-test", Locale.ENGLISH, null));
        assertThat(report.problems()).as("generated import, seed %d", seed).isEmpty();
        long network = organisations.upsertByExternalId(new OrganisationDraft("org:" + tag, "Network " + tag, "N" + tag,
                "city_network", "", "", "", "", "disclosure test"), "disclosure-test").id();
        tables.forEach(t -> memberships.upsert(new MembershipDraft("org:" + tag, "geonames:" + t.city().geonamesId(), null,
                null, null, "disclosure test"), "disclosure-test"));
        return new Round(seed, counts, population, share, tables, network);
    }

    private static IndicatorDraft draft(String code, String valueType, String aggregation, List<String> dimensions,
            String formula, int decimals) {
        return new IndicatorDraft(code, Map.of("en", code), Map.of("en", code), formula == null ? "persons" : "%",
                valueType, aggregation, dimensions, List.of(), List.of(), List.of(), List.of(), false, formula, decimals,
                "disclosure test");
    }

    /**
     * One city's table: the finest cells random (zeros, small counts, larger ones), every coarser figure their
     * sum; the file holds the finest cells and, at random, the totals and categories too (the others the
     * marginals work out); some values confidential or restricted.
     */
    private Table table(Random rnd, City city, String counts, String population, StringBuilder csv) {
        // small tables: months now and then, and then one dimension at most (the in-memory fuzz test,
        // shared.statistics.ProtectedTableFuzzTest, tries larger shapes by the thousand)
        boolean months = rnd.nextInt(6) == 0;
        int shape = months ? rnd.nextInt(3) : rnd.nextInt(4); // 0: totals only; 1: two categories; 2: three; 3: two by three
        List<List<String>> dims = switch (shape) {
            case 0 -> List.of();
            case 1 -> List.of(prefixed(TWO, TWO_CATEGORIES));
            case 2 -> List.of(prefixed(THREE, THREE_CATEGORIES));
            default -> List.of(prefixed(TWO, TWO_CATEGORIES), prefixed(THREE, THREE_CATEGORIES));
        };
        List<String> finest = new ArrayList<>();
        if (dims.isEmpty()) {
            finest.add("");
        } else if (dims.size() == 1) {
            finest.addAll(dims.get(0));
        } else {
            for (String a : dims.get(0)) {
                for (String b : dims.get(1)) {
                    // as stored: pairs in the order of the dimension codes
                    finest.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
                }
            }
        }
        List<String> leaves = new ArrayList<>();
        if (months) {
            for (int m = 1; m <= 12; m++) {
                leaves.add(YEAR + "-" + (m < 10 ? "0" : "") + m);
            }
        } else {
            for (int q = 1; q <= 4; q++) {
                leaves.add(YEAR + "-Q" + q);
            }
        }
        Map<String, Map<String, Long>> truth = new TreeMap<>();
        for (String period : leaves) {
            for (String cell : finest) {
                truth.computeIfAbsent(period, p -> new TreeMap<>()).put(cell, value(rnd));
            }
        }
        // coarser periods: quarters over months, the year over quarters
        List<String> periods = new ArrayList<>(leaves);
        if (months) {
            for (int q = 1; q <= 4; q++) {
                String quarter = YEAR + "-Q" + q;
                for (String cell : finest) {
                    long sum = 0;
                    for (int m = (q - 1) * 3 + 1; m <= q * 3; m++) {
                        sum += truth.get(YEAR + "-" + (m < 10 ? "0" : "") + m).get(cell);
                    }
                    truth.computeIfAbsent(quarter, p -> new TreeMap<>()).put(cell, sum);
                }
                periods.add(quarter);
            }
        }
        for (String cell : finest) {
            long sum = 0;
            for (int q = 1; q <= 4; q++) {
                sum += truth.get(YEAR + "-Q" + q).get(cell);
            }
            truth.computeIfAbsent(String.valueOf(YEAR), p -> new TreeMap<>()).put(cell, sum);
        }
        periods.add(String.valueOf(YEAR));
        Map<String, Long> pop = new TreeMap<>();
        for (String period : periods) {
            Map<String, Long> cells = truth.get(period);
            // the marginals: the total, and each category summed over the other dimension
            Map<String, Long> marginals = new TreeMap<>();
            if (!dims.isEmpty()) {
                marginals.put("", cells.values().stream().mapToLong(Long::longValue).sum());
            }
            if (dims.size() == 2) {
                for (var e : cells.entrySet()) {
                    for (String part : e.getKey().split("\\|")) {
                        marginals.merge(part, e.getValue(), Long::sum);
                    }
                }
            }
            for (var e : cells.entrySet()) {
                row(csv, counts, city, period, e.getKey(), e.getValue(), rnd);
            }
            for (var e : marginals.entrySet()) {
                // the total always (the share needs it), categories of a cross table at random
                if (e.getKey().isEmpty() || rnd.nextBoolean()) {
                    row(csv, counts, city, period, e.getKey(), e.getValue(), rnd);
                }
            }
            cells.putAll(marginals);
            long people = 2_000 + rnd.nextInt(20_000);
            pop.put(period, people);
            csv.append(population).append(",geonames:").append(city.geonamesId()).append(',').append(period)
                    .append(",,").append(people).append(",,,,\n");
        }
        return new Table(city, truth, pop);
    }

    private static List<String> prefixed(String dimension, List<String> categories) {
        return categories.stream().map(c -> dimension + "=" + c).toList();
    }

    private static long value(Random rnd) {
        int kind = rnd.nextInt(10);
        return kind < 2 ? 0 : kind < 5 ? 1 + rnd.nextInt(THRESHOLD - 1) : kind < 8 ? THRESHOLD + rnd.nextInt(20)
                : 20 + rnd.nextInt(200);
    }

    private static void row(StringBuilder csv, String indicator, City city, String period, String combination, long value,
            Random rnd) {
        int level = rnd.nextInt(20);
        String confidentiality = level == 0 ? "confidential" : level == 1 ? "restricted" : "";
        csv.append(indicator).append(",geonames:").append(city.geonamesId()).append(',').append(period).append(",\"")
                .append(combination.replace("|", "; ")).append("\",").append(value).append(",,,,").append(confidentiality)
                .append('\n');
    }

    // ---- the readers, one per public output ---------------------------------------------------------------

    private static final String[] PIVOT_DIMENSIONS = {null, TWO, THREE};
    /** With a dimension, tables have the totals too: pages and files read these two. */
    private static final String[] DIMENSIONS = {TWO, THREE};

    private static String pivotQuery(Round round, String dimension) {
        return round.indicatorQuery() + (dimension == null ? "" : "&dimension=" + dimension);
    }

    /** The pivot API: every city and period, without a dimension and with each. */
    private void pivotApi(Round round, Published published, Random rnd) throws Exception {
        for (String dimension : PIVOT_DIMENSIONS) {
            JsonNode pivot = getJson("/api/data/pivot?" + pivotQuery(round, dimension) + "&limit=5000");
            for (JsonNode row : pivot.get("rows")) {
                long place = row.get("place").get("id").asLong();
                for (JsonNode cell : row.get("cells")) {
                    String category = cell.get("category").asString();
                    published.figure(row.get("indicator").asString(), place, cell.get("period").asString(),
                            category.isEmpty() ? "" : dimension + "=" + category, cell.get("value"), reason(cell), 5e-7);
                }
            }
        }
    }

    /**
     * The pivot page: its table, every page of it (rows name the city with a link carrying its id, and the
     * indicator by name, here its code); columns are periods and, with a dimension, "Total" and categories.
     */
    private void pivotPage(Round round, Published published, Random rnd) throws Exception {
        for (String dimension : DIMENSIONS) {
            String path = "/data/pivot?" + pivotQuery(round, dimension);
            while (path != null) {
                Document page = Jsoup.parse(get(path));
                Element table = page.getElementById("pivot-table");
                assertThat(table).as("%s, seed %d", path, round.seed()).isNotNull();
                Elements header = table.select("thead tr");
                int heads = table.select("tbody tr").first().select("th[scope=row]").size();
                List<String> periods = new ArrayList<>();
                for (Element th : header.get(0).select("th").subList(heads, header.get(0).select("th").size())) {
                    int span = th.hasAttr("colspan") ? Integer.parseInt(th.attr("colspan")) : 1;
                    for (int i = 0; i < span; i++) {
                        periods.add(th.text());
                    }
                }
                List<String> combinations = new ArrayList<>();
                for (int c = 0; c < periods.size(); c++) {
                    combinations.add(header.size() < 2 ? "" : categoryLabel(dimension, header.get(1).select("th").get(c).text()));
                }
                for (Element row : table.select("tbody tr")) {
                    Elements th = row.select("th[scope=row]");
                    long place = placeInLink(th.get(0).selectFirst("a").attr("href"));
                    String indicator = th.size() > 1 ? th.get(1).text() : round.indicators().get(0);
                    Elements cells = row.select("td");
                    for (int c = 0; c < cells.size(); c++) {
                        published.text(indicator, place, periods.get(c), combinations.get(c), cells.get(c).text());
                    }
                }
                Element next = page.selectFirst("a[rel=next]");
                path = next == null ? null : "/data/pivot?" + next.attr("href").substring(next.attr("href").indexOf('?') + 1);
            }
        }
    }

    /** The pivot's downloads: CSV by each dimension, XLSX (slower to write) by one of them, chosen at random. */
    private void pivotFiles(Round round, Published published, Random rnd) throws Exception {
        String xlsx = DIMENSIONS[rnd.nextInt(DIMENSIONS.length)];
        for (String dimension : DIMENSIONS) {
            String query = pivotQuery(round, dimension);
            List<String[]> lines = new ArrayList<>(csvLines(get("/data/pivot.csv?" + query)));
            if (java.util.Objects.equals(dimension, xlsx)) {
                lines.addAll(xlsxLines(getBytes("/data/pivot.xlsx?" + query)));
            }
            for (String[] line : lines) {
                published.text(line[0], published.placeOf(line[1], round.tables()), line[2], combination(line[3]), line[4]);
            }
        }
    }

    /** The series API of the sampled cities, by each dimension. */
    private void seriesApi(Round round, Published published, Random rnd) throws Exception {
        for (Table t : round.sample()) {
            long place = t.city().id();
            for (String dimension : DIMENSIONS) {
                JsonNode series = getJson("/api/data/series?indicator=" + round.counts() + "&place=" + place
                        + "&dimension=" + dimension);
                for (JsonNode point : series.get("points")) {
                    String period = point.get("period").asString();
                    published.figureJson(round.counts(), place, period, "", point.get("total"));
                    for (var e : point.get("categories").properties()) {
                        published.figureJson(round.counts(), place, period, dimension + "=" + e.getKey(), e.getValue());
                    }
                }
            }
        }
    }

    /** The series page of the sampled cities: its table, a period a row, the total and each category a column. */
    private void seriesPage(Round round, Published published, Random rnd) throws Exception {
        for (Table t : round.sample()) {
            long place = t.city().id();
            for (String dimension : DIMENSIONS) {
                Document page = Jsoup.parse(get("/data/series?indicator=" + round.counts() + "&place=" + place
                        + (dimension == null ? "" : "&dimension=" + dimension)));
                Element table = page.getElementById("series-table");
                if (table == null) {
                    assertThat(page.getElementById("series-empty")).as("series of %d, seed %d", place, round.seed()).isNotNull();
                    continue;
                }
                Elements columns = table.select("thead tr").first().select("th");
                for (Element row : table.select("tbody tr")) {
                    String period = row.selectFirst("th").text();
                    Elements cells = row.select("td");
                    for (int c = 0; c < cells.size(); c++) {
                        published.text(round.counts(), place, period, categoryLabel(dimension, columns.get(c + 1).text()),
                                cells.get(c).text());
                    }
                }
            }
        }
    }

    /** A period of the table, chosen by the round's seed, for the comparison: the same for its API and page. */
    private static String comparedPeriod(Round round, Table t) {
        List<String> periods = List.copyOf(t.truth().keySet());
        return periods.get(new Random(round.seed() + t.city().id()).nextInt(periods.size()));
    }

    /** The comparison API: the sampled city against the round's network, and every member's figure. */
    private void compareApi(Round round, Published published, Random rnd) throws Exception {
        for (Table t : round.sample()) {
            long place = t.city().id();
            String period = comparedPeriod(round, t);
            JsonNode compare = getJson("/api/data/compare?indicator=" + round.counts() + "&place=" + place + "&period="
                    + period + "&network=" + round.network());
            published.figureJson(round.counts(), place, period, "", compare.get("city"));
            for (JsonNode member : compare.get("members")) {
                published.figureJson(round.counts(), member.get("place").get("id").asLong(), period, "", member.get("figure"));
            }
        }
    }

    /**
     * The comparison page: the city's figure, the members' table, and the median and range, which must be
     * those of the figures the table shows (a hidden figure must not move them).
     */
    private void comparePage(Round round, Published published, Random rnd) throws Exception {
        for (Table t : round.sample()) {
            long place = t.city().id();
            String period = comparedPeriod(round, t);
            Document page = Jsoup.parse(get("/data/compare?indicator=" + round.counts() + "&place=" + place + "&period="
                    + period + "&network=" + round.network()));
            Element city = page.getElementById("compare-city");
            assertThat(city).as("comparison of %d, seed %d", place, round.seed()).isNotNull();
            published.text(round.counts(), place, period, "", city.text());
            List<BigDecimal> shown = new ArrayList<>();
            for (Element row : page.select("#members-table tbody tr")) {
                String text = row.selectFirst("td").text();
                published.text(round.counts(), published.placeOf(row.selectFirst("th").text(), round.tables()), period, "", text);
                if (number(text) != null) {
                    shown.add(number(text));
                }
            }
            Element median = page.getElementById("compare-median");
            assertThat(median == null).as("statistics without member figures, seed %d", round.seed()).isEqualTo(shown.isEmpty());
            if (median != null) {
                java.util.Collections.sort(shown);
                int middle = shown.size() / 2;
                BigDecimal expected = shown.size() % 2 == 1 ? shown.get(middle)
                        : shown.get(middle - 1).add(shown.get(middle)).divide(BigDecimal.valueOf(2));
                assertThat(number(median.text())).as("median over the members shown, seed %d", round.seed())
                        .isEqualByComparingTo(expected);
                String[] range = page.getElementById("compare-range").text().split(" – ");
                assertThat(number(range[0])).as("lowest member shown, seed %d", round.seed()).isEqualByComparingTo(shown.get(0));
                assertThat(number(range[1])).as("highest member shown, seed %d", round.seed())
                        .isEqualByComparingTo(shown.get(shown.size() - 1));
            }
        }
    }

    /** Every period of the round with the totals and each category of one dimension chosen at random. */
    private static List<String[]> mapLayers(Round round, Random rnd) {
        Set<String> periods = new TreeSet<>();
        round.tables().forEach(t -> periods.addAll(t.truth().keySet()));
        String dimension = rnd.nextBoolean() ? TWO : THREE;
        List<String> categories = new ArrayList<>();
        categories.add("");
        categories.addAll(TWO.equals(dimension) ? TWO_CATEGORIES : THREE_CATEGORIES);
        List<String[]> layers = new ArrayList<>();
        for (String period : periods) {
            for (String category : categories) {
                layers.add(new String[] {period, category.isEmpty() ? null : dimension, category});
            }
        }
        return layers;
    }

    private static String mapQuery(Round round, String[] layer) {
        return "indicator=" + round.counts() + "&period=" + layer[0]
                + (layer[1] == null ? "" : "&dimension=" + layer[1] + "&category=" + layer[2]);
    }

    private static String combinationOf(String[] layer) {
        return layer[1] == null ? "" : layer[1] + "=" + layer[2];
    }

    /** The map as GeoJSON (either of its two addresses): every layer, cities and countries. */
    private void mapGeoJson(Round round, Published published, Random rnd) throws Exception {
        for (String[] layer : mapLayers(round, rnd)) {
            String combination = combinationOf(layer);
            JsonNode map = getJson((rnd.nextBoolean() ? "/api/data/map?" : "/data/map.geojson?") + mapQuery(round, layer));
            Map<String, List<Long>> citiesOf = new TreeMap<>();
            for (JsonNode feature : map.get("features")) {
                JsonNode p = feature.get("properties");
                long place = p.get("id").asLong();
                published.figure(round.counts(), place, layer[0], combination, p.get("value"),
                        p.get("suppressed").asBoolean() ? (p.get("text").asString().startsWith("<") ? "small" : "complementary")
                                : null, 5e-7);
                citiesOf.computeIfAbsent(p.get("countryCode").asString(), c -> new ArrayList<>()).add(place);
            }
            for (JsonNode country : map.get("countries")) {
                String code = country.get("code").asString();
                String text = country.get("suppressed").asBoolean() ? country.path("text").asString("x")
                        : country.get("value").asString();
                published.country(code, layer[0], combination, text, citiesOf.getOrDefault(code, List.of()));
            }
        }
    }

    /**
     * The map page, for one layer in six (a page costs more than its GeoJSON): the cities' table (city, country, figure) and the countries'
     * (country by name, figure, number of cities), whose country names the cities' table ties to their codes.
     */
    private void mapPage(Round round, Published published, Random rnd) throws Exception {
        for (String[] layer : mapLayers(round, rnd)) {
            if (rnd.nextInt(6) != 0) {
                continue;
            }
            String combination = combinationOf(layer);
            Document page = Jsoup.parse(get("/data/map?" + mapQuery(round, layer)));
            Map<String, String> countryCodes = new TreeMap<>();
            Map<String, List<Long>> citiesOf = new TreeMap<>();
            boolean allKnown = true;
            for (Element row : page.select("#cities-table tbody tr")) {
                Elements th = row.select("th");
                String name = th.get(0).text();
                String code = name.substring(name.lastIndexOf(", ") + 2);
                countryCodes.put(th.get(1).text(), code);
                long place = published.placeOf(name, round.tables());
                allKnown &= place >= 0;
                published.text(round.counts(), place, layer[0], combination, row.selectFirst("td").text());
                citiesOf.computeIfAbsent(code, c -> new ArrayList<>()).add(place);
            }
            for (Element row : page.select("#countries-table tbody tr")) {
                String code = countryCodes.get(row.selectFirst("th").text());
                Elements cells = row.select("td");
                List<Long> cities = citiesOf.getOrDefault(code, List.of());
                assertThat(Integer.parseInt(cells.get(1).text())).as("cities of %s on the map, seed %d", code, round.seed())
                        .isEqualTo(cities.size());
                // a city whose name two of the round's cities share cannot be placed: leave the sum to the GeoJSON
                published.country(code, layer[0], combination, cells.get(0).text(), allKnown ? cities : null);
            }
        }
    }

    /** The stored values' API: everything of the round's indicators. */
    private void valuesApi(Round round, Published published, Random rnd) throws Exception {
        JsonNode values = getJson("/api/data-values?" + round.indicatorQuery() + "&limit=10000");
        assertThat(values.path("more").asBoolean(false)).as("values beyond the API's page, seed %d", round.seed()).isFalse();
        for (JsonNode item : values.get("items")) {
            published.value(item);
        }
    }

    /**
     * The values page (the first 200 values of a selection): the round's cities a few at a time, so that
     * every value is on the page; each row names its city "Name, CC" and its categories by name.
     */
    private void valuesPage(Round round, Published published, Random rnd) throws Exception {
        List<List<Table>> batches = new ArrayList<>();
        List<Table> batch = new ArrayList<>();
        int rows = 0;
        for (Table t : round.tables()) {
            int own = t.truth().values().stream().mapToInt(Map::size).sum() + 2 * t.truth().size();
            if (rows + own > VALUES_PAGE_ROWS && !batch.isEmpty()) {
                batches.add(batch);
                batch = new ArrayList<>();
                rows = 0;
            }
            batch.add(t);
            rows += own;
        }
        batches.add(batch);
        for (List<Table> tables : batches) {
            StringBuilder query = new StringBuilder(round.indicatorQuery());
            tables.forEach(t -> query.append("&place=").append(t.city().id()));
            Document page = Jsoup.parse(get("/data/values?" + query));
            assertThat(page.getElementById("values-more")).as("values page of %s, seed %d", query, round.seed()).isNull();
            for (Element row : page.select("#values-table tbody tr")) {
                Elements cells = row.select("td");
                String categories = cells.get(2).text();
                List<String> parts = new ArrayList<>();
                if (!categories.isBlank()) {
                    for (String part : categories.split("; ")) {
                        String[] named = part.split(": ", 2);
                        parts.add(named.length == 2 && DIMENSION_NAMES.containsKey(named[0])
                                ? DIMENSION_NAMES.get(named[0]) + "=" + named[1] : part);
                    }
                }
                published.text(row.selectFirst("th code").text(), published.placeOf(cells.get(0).text(), tables),
                        cells.get(1).text(), combination(String.join("; ", parts)), cells.get(3).text());
            }
        }
    }

    /** The values page's files: CSV, XLSX and JSON of the round's indicators. */
    private void valuesFiles(Round round, Published published, Random rnd) throws Exception {
        String query = round.indicatorQuery();
        List<String[]> lines = new ArrayList<>(csvLines(get("/data/values.csv?" + query)));
        lines.addAll(xlsxLines(getBytes("/data/values.xlsx?" + query)));
        for (String[] line : lines) {
            published.text(line[0], published.placeOf(line[1], round.tables()), line[2], combination(line[3]), line[4]);
        }
        JsonNode file = getJson("/data/values.json?" + query);
        assertThat(file.get("truncated").asBoolean()).as("values file, seed %d", round.seed()).isFalse();
        for (JsonNode item : file.get("values")) {
            published.value(item);
        }
    }

    /**
     * What a profile says of a city's peers (the round's other cities, all in its network) for an indicator
     * and period: median, range ("low – high") and how many, which must be those of the peers' figures
     * shown, so that no hidden figure moves them.
     */
    record Peers(long place, String indicator, String period, String median, String range, int count) {}

    /** The city profile of the sampled cities: the latest figure of each indicator, as text, and its peers'. */
    private void profilePage(Round round, Published published, Random rnd) throws Exception {
        for (Table t : round.sample()) {
            long place = t.city().id();
            Document profile = Jsoup.parse(get("/cities/" + place + "/profile"));
            for (Element row : profile.select("#key-indicators tbody tr")) {
                String name = row.child(0).text();
                if (round.indicators().contains(name)) {
                    published.text(name, place, row.child(1).text(), "", row.child(2).text());
                    if (!name.equals(round.share())) {
                        published.peers.add(new Peers(place, name, row.child(1).text(), row.child(3).text(),
                                row.child(4).text(), Integer.parseInt(row.child(5).text())));
                    }
                }
            }
        }
    }

    /**
     * The profile's PDF of the first sampled city, its text extracted with PDFBox (which the PDF renderer
     * brings): the key indicators' lines start with the indicator's name (here its code), then the period and
     * the figure.
     */
    private void profilePdf(Round round, Published published, Random rnd) throws Exception {
        long place = round.sample().get(0).city().id();
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(getBytes("/cities/" + place + "/profile.pdf"))) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf);
        }
        Set<String> read = new TreeSet<>();
        // a narrow column breaks a period after its hyphen ("2023-" and "Q4" on two lines): join it again
        for (String line : text.replaceAll("(\\d{4}-)\\R", "$1").split("\\R")) {
            String[] words = line.strip().split("\\s+");
            if (words.length >= 3 && round.indicators().contains(words[0])) {
                published.text(words[0], place, words[1], "", words[2]);
                read.add(words[0]);
            }
        }
        assertThat(read).as("the PDF's key indicators of %d, seed %d:%n%s", place, round.seed(), text)
                .contains(round.counts(), round.population());
    }

    /** Why a figure of the analytics API is hidden, null when shown. */
    static String reason(JsonNode figure) {
        JsonNode reason = figure.get("reason");
        if (figure.get("suppressed").asBoolean()) {
            return reason == null || reason.isNull() ? "complementary" : reason.asString();
        }
        return null;
    }

    /** The place id in a link such as {@code /data/series?indicator=…&place=12}. */
    private static long placeInLink(String href) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]place=(\\d+)").matcher(href);
        assertThat(m.find()).as("a place in %s", href).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** A column or category heading: "Total" (or any label not a category) is the total, "" as stored. */
    private static String categoryLabel(String dimension, String label) {
        if (dimension == null) {
            return "";
        }
        List<String> categories = TWO.equals(dimension) ? TWO_CATEGORIES : THREE_CATEGORIES;
        return categories.contains(label) ? dimension + "=" + label : "";
    }

    /** Categories as files write them ({@code a=1; b=2}) as the audit names them: pairs in code order, "|" between. */
    private static String combination(String categories) {
        if (categories == null || categories.isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(categories.split(";")).map(String::strip).sorted()
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /** A figure's text as a number ("1,250" in English), or null for "&lt;5", "x" and no figure. */
    private static BigDecimal number(String text) {
        String t = text.strip();
        return t.isEmpty() || t.startsWith("<") || t.equals("x") ? null : new BigDecimal(t.replace(",", ""));
    }

    /**
     * The figures published for the round, by country, and the truth behind them. Readers tell it what
     * they read; the relations the attacker knows come from the tables' structure: breakdowns, periods,
     * and the share. A cell has one name whichever output shows it, so the audit combines outputs.
     */
    /**
     * The figures of the round's counts hidden as complementary ones for anonymous readers, as stored: the
     * attacker is given the strongest reading of the labels (decision 0007), that such an "x" is at least the
     * threshold, though the outputs show it as any other "x".
     */
    Set<String> complementary(Round round) {
        Set<String> cells = new java.util.HashSet<>();
        jdbc.sql("""
                select h.place_id, h.period, h.combination from data_hidden h join indicator i on i.id = h.indicator_id
                where i.code = :code and h.public_why = 'complementary'""").param("code", round.counts())
                .query((java.sql.ResultSet rs) -> {
                    cells.add(Published.cell(round.counts(), rs.getLong(1), rs.getString(2), rs.getString(3)));
                });
        return cells;
    }

    static final class Published {

        private final Round round;
        /** The cells stored as complementary (see {@link SmallCountDisclosureTest#complementary}). */
        private final Set<String> complementary;
        int complementaryRead;
        private final Map<Long, Table> byPlace = new LinkedHashMap<>();
        final Map<String, DisclosureAudit> audits = new TreeMap<>();
        private final Map<String, Set<String>> seen = new TreeMap<>();
        /** For each cell, the outputs showing it and those hiding it. */
        private final Map<String, Set<String>> shownBy = new TreeMap<>();
        private final Map<String, Set<String>> hiddenBy = new TreeMap<>();
        /** The output being read. */
        String output = "";
        /** How many figures each output gave. */
        final Map<String, Integer> figures = new LinkedHashMap<>();
        /** Every figure shown, by cell. */
        private final Map<String, Double> shownValues = new TreeMap<>();
        /** The peers' statistics profiles showed. */
        final List<Peers> peers = new ArrayList<>();

        Published(Round round, Set<String> complementary) {
            this.round = round;
            this.complementary = complementary;
            round.tables().forEach(t -> byPlace.put(t.city().id(), t));
        }

        static String cell(String indicator, long place, String period, String combination) {
            return indicator + "|" + place + "|" + period + "|" + combination;
        }

        DisclosureAudit audit(String country) {
            return audits.computeIfAbsent(country, c -> new DisclosureAudit(THRESHOLD));
        }

        /**
         * A place as exports and pages name it, {@code geonames:ID} or "Name, CC", among the given tables;
         * -1 when two of them share the name (the line cannot be told apart) or none has it.
         */
        long placeOf(String reference, List<Table> tables) {
            if (reference.startsWith("geonames:")) {
                long geonames = Long.parseLong(reference.substring("geonames:".length()));
                return tables.stream().filter(t -> t.city().geonamesId() == geonames).findFirst().map(t -> t.city().id())
                        .orElse(-1L);
            }
            List<Table> named = tables.stream().filter(t -> reference.equals(t.city().name() + ", " + t.city().country()))
                    .toList();
            return named.size() == 1 ? named.get(0).city().id() : -1;
        }

        void figureJson(String indicator, long place, String period, String combination, JsonNode figure) {
            if (figure == null || figure.isNull()) {
                return;
            }
            figure(indicator, place, period, combination, figure.get("value"), reason(figure), 5e-7);
        }

        /** A stored value as the values API and the values JSON give it. */
        void value(JsonNode item) {
            JsonNode suppressed = item.get("suppressed");
            boolean hidden = suppressed != null && !suppressed.isNull();
            figure(item.get("indicator").asString(), item.get("placeId").asLong(), item.get("period").asString(),
                    item.get("combination").asString(), item.get("value"),
                    !hidden ? null : suppressed.asString().startsWith("<") ? "small" : "complementary", 5e-7);
        }

        /** A figure: shown (value), or hidden for a reason ("small", "complementary", "derived"). */
        void figure(String indicator, long place, String period, String combination, JsonNode value, String reason,
                double halfWidth) {
            Table table = byPlace.get(place);
            if (table == null) {
                return; // another round's city in a shared output, or a city a line does not tell apart
            }
            String cell = cell(indicator, place, period, combination);
            DisclosureAudit audit = audit(table.city().country());
            seen.computeIfAbsent(table.city().country(), c -> new LinkedHashSet<>()).add(cell);
            (reason == null ? shownBy : hiddenBy).computeIfAbsent(cell, c -> new TreeSet<>()).add(output);
            figures.merge(output, 1, Integer::sum);
            Long truth = truth(table, indicator, period, combination);
            if (reason == null) {
                shownValues.put(cell, value.asDouble());
                if (indicator.equals(round.share())) {
                    audit.shownRounded(cell, value.asDouble(), halfWidth);
                } else {
                    audit.shown(cell, value.asDouble());
                }
            } else if (indicator.equals(round.share())) {
                // a hidden share tells nothing: no relation binds it
            } else if ("small".equals(reason)) {
                audit.small(cell, truth);
            } else if (complementary.contains(cell)) {
                complementaryRead++;
                audit.complementary(cell, truth);
            } else {
                audit.hidden(cell, truth);
            }
        }

        /** A figure as text: a number, "&lt;5" or "x"; empty when the output has no figure there. */
        void text(String indicator, long place, String period, String combination, String text) {
            String t = text.strip();
            if (!byPlace.containsKey(place) || t.isEmpty()) {
                return;
            }
            String reason = t.startsWith("<") ? "small" : t.equals("x") ? "complementary" : null;
            JsonNode value = reason == null ? tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(number(t))
                    : null;
            // text rounds to the indicator's decimals: the share has one
            figure(indicator, place, period, combination, value, reason, indicator.equals(round.share()) ? 0.05 + 1e-9 : 5e-7);
        }

        /**
         * A country's figure on the map, as text, and the cities it sums (null when the output does not tell
         * them all apart). A hidden country figure is an unknown of the sum; it is itself held to the
         * threshold only with {@code -Ddisclosure.countryTotals=true}: protection treats the country sum as a
         * figure to hide when any of its cities is hidden (decision 0007, aggregates over tables), not yet as
         * a marginal whose own small value needs protecting — two cities shown "&lt;5" tell that their
         * country's hidden sum is at least 2.
         */
        void country(String code, String period, String combination, String text, List<Long> cities) {
            String cell = round.counts() + "|" + code + "|" + period + "|" + combination;
            DisclosureAudit audit = audit(code);
            String t = text.strip();
            if (cities != null) {
                audit.sum(cell, cities.stream().map(place -> cell(round.counts(), place, period, combination)).toList());
            }
            if (t.isEmpty()) {
                return;
            }
            BigDecimal shown = number(t);
            (shown != null ? shownBy : hiddenBy).computeIfAbsent(cell, c -> new TreeSet<>()).add(output);
            figures.merge(output, 1, Integer::sum);
            if (shown != null) {
                audit.shown(cell, shown.doubleValue());
            } else if (COUNTRY_TOTALS && cities != null && cities.stream().allMatch(byPlace::containsKey)) {
                long truth = cities.stream().mapToLong(place -> truth(byPlace.get(place), round.counts(), period, combination))
                        .sum();
                if (t.startsWith("<")) {
                    audit.small(cell, truth);
                } else {
                    audit.hidden(cell, truth);
                }
            }
        }

        /** Peers' statistics in profiles that are not those of the peers' figures shown. */
        List<String> peerMismatches() {
            List<String> found = new ArrayList<>();
            for (Peers p : peers) {
                List<Double> values = round.tables().stream().filter(t -> t.city().id() != p.place())
                        .map(t -> shownValues.get(cell(p.indicator(), t.city().id(), p.period(), "")))
                        .filter(java.util.Objects::nonNull).sorted().toList();
                String expected = values.isEmpty() ? "–, –, 0" : plain(values.size() % 2 == 1 ? values.get(values.size() / 2)
                        : (values.get(values.size() / 2 - 1) + values.get(values.size() / 2)) / 2) + ", "
                        + plain(values.get(0)) + " – " + plain(values.get(values.size() - 1)) + ", " + values.size();
                String shown = p.median() + ", " + p.range() + ", " + p.count();
                if (!shown.equals(expected)) {
                    found.add(p + ": the peers' figures shown give " + expected);
                }
            }
            return found;
        }

        private static String plain(double value) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        /** Cells shown by one output and hidden by another, with the outputs. */
        List<String> inconsistencies() {
            List<String> found = new ArrayList<>();
            shownBy.forEach((cell, shown) -> {
                Set<String> hidden = hiddenBy.get(cell);
                if (hidden != null) {
                    found.add(cell + " shown by " + shown + ", hidden by " + hidden);
                }
            });
            return found;
        }

        private Long truth(Table table, String indicator, String period, String combination) {
            if (indicator.equals(round.population())) {
                return table.population().get(period);
            }
            if (indicator.equals(round.share())) {
                return null;
            }
            Map<String, Long> cells = table.truth().get(period);
            Long value = cells == null ? null : cells.get(combination);
            if (value == null) {
                throw new IllegalStateException("published a figure the table does not have: "
                        + cell(indicator, table.city().id(), period, combination));
            }
            return value;
        }

        /**
         * What the attacker knows of the structure, and the figures no output showed (confidential ones, or
         * left out): unknowns, audited when their true value is small.
         */
        void relations() {
            for (Table t : round.tables()) {
                DisclosureAudit audit = audit(t.city().country());
                long place = t.city().id();
                Set<String> shown = seen.getOrDefault(t.city().country(), Set.of());
                for (var period : t.truth().entrySet()) {
                    Map<String, Long> cells = period.getValue();
                    for (var c : cells.entrySet()) {
                        String cell = cell(round.counts(), place, period.getKey(), c.getKey());
                        if (!shown.contains(cell)) {
                            audit.hidden(cell, c.getValue());
                        }
                    }
                    // breakdowns: the total over each dimension; a category over the other dimension
                    sums(audit, place, period.getKey(), cells, "", TWO, TWO_CATEGORIES);
                    sums(audit, place, period.getKey(), cells, "", THREE, THREE_CATEGORIES);
                    for (String a : TWO_CATEGORIES) {
                        sums(audit, place, period.getKey(), cells, TWO + "=" + a, THREE, THREE_CATEGORIES);
                    }
                    for (String b : THREE_CATEGORIES) {
                        sums(audit, place, period.getKey(), cells, THREE + "=" + b, TWO, TWO_CATEGORIES);
                    }
                    audit.ratio(cell(round.share(), place, period.getKey(), ""), cell(round.counts(), place, period.getKey(), ""),
                            cell(round.population(), place, period.getKey(), ""), 100);
                }
                // periods: the year over its quarters, a quarter over its months, for every figure
                Map<String, Long> year = t.truth().get(String.valueOf(YEAR));
                for (String combination : year.keySet()) {
                    List<String> quarters = new ArrayList<>();
                    for (int q = 1; q <= 4; q++) {
                        quarters.add(cell(round.counts(), place, YEAR + "-Q" + q, combination));
                        List<String> months = new ArrayList<>();
                        for (int m = (q - 1) * 3 + 1; m <= q * 3; m++) {
                            String month = YEAR + "-" + (m < 10 ? "0" : "") + m;
                            if (t.truth().containsKey(month)) {
                                months.add(cell(round.counts(), place, month, combination));
                            }
                        }
                        if (!months.isEmpty()) {
                            audit.sum(cell(round.counts(), place, YEAR + "-Q" + q, combination), months);
                        }
                    }
                    audit.sum(cell(round.counts(), place, String.valueOf(YEAR), combination), quarters);
                }
            }
        }

        /** {@code fixed} = the sum over the dimension's categories (with {@code fixed} held), when the table has them. */
        private void sums(DisclosureAudit audit, long place, String period, Map<String, Long> cells, String fixed,
                String dimension, List<String> categories) {
            if (!cells.containsKey(fixed)) {
                return;
            }
            List<String> parts = new ArrayList<>();
            for (String c : categories) {
                String part = dimension + "=" + c;
                String combination = fixed.isEmpty() ? part
                        : fixed.compareTo(part) < 0 ? fixed + "|" + part : part + "|" + fixed;
                if (!cells.containsKey(combination)) {
                    return;
                }
                parts.add(cell(round.counts(), place, period, combination));
            }
            audit.sum(cell(round.counts(), place, period, fixed), parts);
        }
    }

    // ---- HTTP --------------------------------------------------------------------------------------------

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private byte[] getBytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The data rows of an XLSX export, as text: indicator, place, period, categories, value. */
    private static List<String[]> xlsxLines(byte[] body) throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(body))) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] line = new String[5];
                for (int c = 0; c < 5; c++) {
                    var cell = row.getCell(c);
                    line[c] = cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                            : cell.getStringCellValue();
                }
                lines.add(line);
            }
        }
        return lines;
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        return json.readTree(get(path));
    }

    /** The data rows of an export (after the header and the HXL row): indicator, place, period, categories, value. */
    private static List<String[]> csvLines(String body) {
        List<String[]> lines = new ArrayList<>();
        List<String> records = List.of(body.replace("\uFEFF", "").split("\r?\n"));
        for (String record : records.subList(Math.min(2, records.size()), records.size())) {
            if (!record.isBlank()) {
                lines.add(parse(record));
            }
        }
        return lines;
    }

    private static String[] parse(String record) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
