package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
import org.crossroads.IntegrationTest;
import org.crossroads.directory.MembershipDraft;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.shared.statistics.DisclosureAudit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attacker of issue 9, section 1, against local migration data. Generates many small random tables —
 * cities of a few countries, a year over its quarters (and sometimes months), breakdowns by one or two
 * dimensions with their totals, small counts, zeros, confidential and restricted values, a share computed
 * from a count over a population — stores them through the real importer, then reads them as a visitor
 * who is not signed in, over HTTP, from every public output of the data module: the pivot (API, CSV),
 * time series, the network comparison, the map (cities and countries, totals and categories), the stored
 * values (API, CSV) and the city profile. Every figure published and every relation between figures
 * (totals are sums of their parts along each breakdown and period, a country the sum of the cities its map
 * lists, the share the count over the population) goes to {@link DisclosureAudit}, which works out by
 * linear programming the interval of each hidden count; the test fails when any is narrower than
 * "&lt;5" says. Replay a failure with {@code -Ddisclosure.seed=N} (printed on failure); more rounds with
 * {@code -Ddisclosure.rounds=N}.
 */
@IntegrationTest
class SmallCountDisclosureTest {

    private static final int THRESHOLD = 5;
    private static final String TWO = "atk_two";
    private static final String THREE = "atk_three";
    private static final List<String> TWO_CATEGORIES = List.of("a", "b");
    private static final List<String> THREE_CATEGORIES = List.of("x", "y", "z");
    private static final int YEAR = 2023;

    @LocalServerPort int port;
    @Autowired CatalogueEditing editing;
    @Autowired DataImportJobs jobs;
    @Autowired OrganisationEditing organisations;
    @Autowired MembershipEditing memberships;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    final HttpClient http = HttpClient.newHttpClient();

    /** A gazetteer city: its directory id and its country. */
    record City(long id, long geonamesId, String name, String country) {}

    /** What the generator made of one city: the true value of every figure, by period and combination. */
    record Table(City city, Map<String, Map<String, Long>> truth, Map<String, Long> population) {}

    /** One round: three indicators of its own, the tables of its cities, their true values. */
    record Round(long seed, String counts, String population, String share, List<Table> tables, long network) {}

    @Test
    void noPublicOutputNarrowsAHiddenCountBeyondTheThreshold() throws Exception {
        long seed = Long.getLong("disclosure.seed", System.nanoTime());
        int rounds = Integer.getInteger("disclosure.rounds", 60);
        dimensions();
        Map<String, List<City>> byCountry = cities();
        int tables = 0;
        int audited = 0;
        for (int r = 0; r < rounds; r++) {
            long roundSeed = seed + r;
            Round round = generate(roundSeed, byCountry);
            Map<String, DisclosureAudit> audits = publishAndCollect(round);
            for (var e : audits.entrySet()) {
                List<DisclosureAudit.Breach> breaches = e.getValue().breaches();
                assertThat(breaches).as("seed %d (replay with -Ddisclosure.seed=%d -Ddisclosure.rounds=1), country %s, "
                        + "tables %s", roundSeed, roundSeed, e.getKey(), describe(round, e.getKey())).isEmpty();
                audited += e.getValue().cellCount();
            }
            tables += round.tables().size();
        }
        System.out.printf("Disclosure audit: %d rounds, %d city tables, %d figures audited, seed %d%n", rounds, tables,
                audited, seed);
        assertThat(tables).isGreaterThanOrEqualTo(rounds);
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
        for (String country : countries.subList(0, 2 + rnd.nextInt(3))) {
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

    // ---- publication and collection ---------------------------------------------------------------------

    /** Everything the round's outputs publish, one audit per country (no relation crosses countries). */
    private Map<String, DisclosureAudit> publishAndCollect(Round round) throws Exception {
        Map<Long, Table> byPlace = new LinkedHashMap<>();
        round.tables().forEach(t -> byPlace.put(t.city().id(), t));
        Map<String, DisclosureAudit> audits = new TreeMap<>();
        Published published = new Published(round, byPlace, audits);
        Random rnd = new Random(round.seed() * 31);
        // the pivot, every city and period, without a dimension and with each; as JSON and, in turn, as CSV
        for (String dimension : new String[] {null, TWO, THREE}) {
            String query = "indicator=" + round.counts() + "&indicator=" + round.share() + "&indicator=" + round.population()
                    + "&limit=5000" + (dimension == null ? "" : "&dimension=" + dimension);
            JsonNode pivot = getJson("/api/data/pivot?" + query);
            for (JsonNode row : pivot.get("rows")) {
                long place = row.get("place").get("id").asLong();
                for (JsonNode cell : row.get("cells")) {
                    String category = cell.get("category").asString();
                    published.figure(row.get("indicator").asString(), place, cell.get("period").asString(),
                            category.isEmpty() ? "" : dimension + "=" + category, cell.get("value"),
                            reason(cell), 5e-7);
                }
            }
            if (rnd.nextInt(3) == 0) {
                for (String[] line : csvLines(get("/data/pivot.csv?" + query))) {
                    // the pivot's file rounds to the indicator's decimals
                    published.text(line[0], placeOf(line[1], byPlace), line[2], line[3], line[4],
                            line[0].equals(round.share()) ? 0.05 : 5e-7);
                }
            }
        }
        // the stored values, as JSON and, in turn, as CSV
        JsonNode values = getJson("/api/data-values?indicator=" + round.counts() + "&indicator=" + round.share()
                + "&indicator=" + round.population() + "&limit=10000");
        for (JsonNode item : values.get("items")) {
            JsonNode suppressed = item.get("suppressed");
            suppressed = suppressed == null ? tools.jackson.databind.node.NullNode.getInstance() : suppressed;
            published.figure(item.get("indicator").asString(), item.get("placeId").asLong(), item.get("period").asString(),
                    item.get("combination").asString(), item.get("value"),
                    suppressed.isNull() ? null : suppressed.asString().startsWith("<") ? "small" : "complementary", 5e-7);
        }
        int file = rnd.nextInt(4);
        if (file > 0) {
            // the values page's files, in turn: CSV, XLSX, JSON
            String path = "/data/values." + (file == 1 ? "csv" : file == 2 ? "xlsx" : "json") + "?indicator=" + round.counts();
            List<String[]> lines = file == 1 ? csvLines(get(path)) : file == 2 ? xlsxLines(getBytes(path)) : List.of();
            for (String[] line : lines) {
                published.text(line[0], placeOf(line[1], byPlace), line[2], line[3].replace("; ", "|"), line[4], 5e-7);
            }
            if (file == 3) {
                JsonNode items = getJson(path);
                for (JsonNode item : items.has("items") ? items.get("items") : items.get("values")) {
                    JsonNode suppressed = item.get("suppressed");
                    boolean hidden = suppressed != null && !suppressed.isNull();
                    published.figure(item.get("indicator").asString(), item.get("placeId").asLong(),
                            item.get("period").asString(), item.get("combination").asString(), item.get("value"),
                            !hidden ? null : suppressed.asString().startsWith("<") ? "small" : "complementary", 5e-7);
                }
            }
        }
        // the map: every period, the totals and each category of one dimension, cities and countries
        Set<String> periods = new LinkedHashSet<>();
        round.tables().forEach(t -> periods.addAll(t.truth().keySet()));
        String mapDimension = rnd.nextBoolean() ? TWO : THREE;
        List<String> categories = new ArrayList<>();
        categories.add("");
        (TWO.equals(mapDimension) ? TWO_CATEGORIES : THREE_CATEGORIES).forEach(categories::add);
        for (String period : periods) {
            for (String category : categories) {
                String combination = category.isEmpty() ? "" : mapDimension + "=" + category;
                JsonNode map = getJson("/api/data/map?indicator=" + round.counts() + "&period=" + period
                        + (category.isEmpty() ? "" : "&dimension=" + mapDimension + "&category=" + category));
                Map<String, List<String>> citiesOf = new TreeMap<>();
                for (JsonNode feature : map.get("features")) {
                    JsonNode p = feature.get("properties");
                    long place = p.get("id").asLong();
                    published.figure(round.counts(), place, period, combination, p.get("value"),
                            p.get("suppressed").asBoolean() ? (p.get("text").asString().startsWith("<") ? "small" : "complementary")
                                    : null, 5e-7);
                    citiesOf.computeIfAbsent(p.get("countryCode").asString(), c -> new ArrayList<>())
                            .add(Published.cell(round.counts(), place, period, combination));
                }
                for (JsonNode country : map.get("countries")) {
                    String code = country.get("code").asString();
                    String cell = round.counts() + "|" + code + "|" + period + "|" + combination;
                    DisclosureAudit audit = published.audit(code);
                    if (!country.get("suppressed").asBoolean()) {
                        audit.shown(cell, country.get("value").asDouble());
                    }
                    audit.sum(cell, citiesOf.getOrDefault(code, List.of()));
                }
            }
        }
        // time series and the comparison with the round's network, for a few cities
        List<Table> sample = new ArrayList<>(round.tables());
        java.util.Collections.shuffle(sample, rnd);
        for (Table t : sample.subList(0, Math.min(3, sample.size()))) {
            long place = t.city().id();
            for (String dimension : new String[] {TWO, THREE}) {
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
            String period = List.copyOf(t.truth().keySet()).get(rnd.nextInt(t.truth().size()));
            JsonNode compare = getJson("/api/data/compare?indicator=" + round.counts() + "&place=" + place + "&period="
                    + period + "&network=" + round.network());
            published.figureJson(round.counts(), place, period, "", compare.get("city"));
            for (JsonNode member : compare.get("members")) {
                published.figureJson(round.counts(), member.get("place").get("id").asLong(), period, "", member.get("figure"));
            }
            // the city profile: the latest figure of each indicator, as text
            Document profile = Jsoup.parse(get("/cities/" + place + "/profile"));
            for (Element row : profile.select("#key-indicators tbody tr")) {
                String name = row.child(0).text();
                if (name.equals(round.counts()) || name.equals(round.share()) || name.equals(round.population())) {
                    published.text(name, place, row.child(1).text(), "", row.child(2).text(),
                            name.equals(round.share()) ? 0.05 : 0);
                }
            }
        }
        published.relations();
        return audits;
    }

    /** Why a figure of the analytics API is hidden, null when shown. */
    static String reason(JsonNode figure) {
        JsonNode reason = figure.get("reason");
        if (figure.get("suppressed").asBoolean()) {
            return reason == null || reason.isNull() ? "complementary" : reason.asString();
        }
        return null;
    }

    private static long placeOf(String reference, Map<Long, Table> byPlace) {
        // exports name a place "Name, CC" or geonames:ID; the round's cities are few, so match on the id
        if (reference.startsWith("geonames:")) {
            long geonames = Long.parseLong(reference.substring("geonames:".length()));
            return byPlace.values().stream().filter(t -> t.city().geonamesId() == geonames).findFirst().orElseThrow()
                    .city().id();
        }
        List<Table> named = byPlace.values().stream()
                .filter(t -> reference.equals(t.city().name() + ", " + t.city().country())).toList();
        // two cities of one name in a round cannot be told apart by name: leave the line out
        return named.size() == 1 ? named.get(0).city().id() : -1;
    }

    /**
     * The figures published for the round, by country, and the truth behind them. The relations the
     * attacker knows come from the tables' structure: breakdowns, periods, and the share.
     */
    private static final class Published {

        private final Round round;
        private final Map<Long, Table> byPlace;
        private final Map<String, DisclosureAudit> audits;
        private final Map<String, Set<String>> seen = new TreeMap<>();

        Published(Round round, Map<Long, Table> byPlace, Map<String, DisclosureAudit> audits) {
            this.round = round;
            this.byPlace = byPlace;
            this.audits = audits;
        }

        static String cell(String indicator, long place, String period, String combination) {
            return indicator + "|" + place + "|" + period + "|" + combination;
        }

        DisclosureAudit audit(String country) {
            return audits.computeIfAbsent(country, c -> new DisclosureAudit(THRESHOLD));
        }

        void figureJson(String indicator, long place, String period, String combination, JsonNode figure) {
            if (figure == null || figure.isNull()) {
                return;
            }
            figure(indicator, place, period, combination, figure.get("value"), reason(figure), 5e-7);
        }

        /** A figure: shown (value), or hidden for a reason ("small", "complementary", "derived"). */
        void figure(String indicator, long place, String period, String combination, JsonNode value, String reason,
                double halfWidth) {
            Table table = byPlace.get(place);
            if (table == null) {
                return; // another round's city in a shared output
            }
            String cell = cell(indicator, place, period, combination);
            DisclosureAudit audit = audit(table.city().country());
            seen.computeIfAbsent(table.city().country(), c -> new LinkedHashSet<>()).add(cell);
            Long truth = truth(table, indicator, period, combination);
            if (reason == null) {
                if (indicator.equals(round.share())) {
                    audit.shownRounded(cell, value.asDouble(), halfWidth);
                } else {
                    audit.shown(cell, value.asDouble());
                }
            } else if (indicator.equals(round.share())) {
                // a hidden share tells nothing: no relation binds it
            } else if ("small".equals(reason)) {
                audit.small(cell, truth);
            } else {
                audit.hidden(cell, truth);
            }
        }

        /** A figure as text: a number, "<5" or "x". */
        void text(String indicator, long place, String period, String combination, String text, double halfWidth) {
            if (!byPlace.containsKey(place)) {
                return;
            }
            String t = text.strip();
            String reason = t.startsWith("<") ? "small" : t.equals("x") ? "complementary" : null;
            JsonNode value = reason == null ? tools.jackson.databind.node.JsonNodeFactory.instance
                    .numberNode(new java.math.BigDecimal(t.replace(",", ""))) : null;
            figure(indicator, place, period, combination, value, reason,
                    halfWidth == 0 ? 5e-7 : halfWidth);
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

    @SuppressWarnings("unused")
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
