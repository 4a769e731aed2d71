package org.crossroads.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossroads.learning.surveys.SurveyResults;
import org.crossroads.learning.participants.ParticipationStatistics;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crossroads.directory.Places;
import org.crossroads.shared.statistics.DisclosureAudit;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.vocabulary.WorldRegions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an anonymous reader learns about one generated world from every public learning output, written into a
 * {@link DisclosureAudit}: each figure under one name whichever output shows it ({@code E12:gender:woman},
 * {@code C7:E12:returning}, {@code S4:q:relevance:mean}…), with the true values the services hold, and every
 * relation a reader knows (breakdowns add up to their total, regions and city roles add up cities, a network's
 * year adds up its events, continuity = returning / delegates, turnover = leaving / previous delegates, returning
 * and the distinct delegates bounded by delegates, invited ≤ delegates, answers ≤ responses ≤ invited, mean =
 * sum of scores / answers). CSV exports must repeat the page's rows, and a PDF report may show no number its page
 * does not. Figures computed from others (regions, city roles, a network's years, rates, means) are not audited
 * themselves but enter the relations; every count of persons hidden anywhere is audited.
 */
final class PublishedLearningFigures {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Locale EN = Locale.ENGLISH;
    private static final List<String> BASE = List.of("city", "gender", "position");
    private static final List<String> FROM_CITIES = List.of("region", "city_role");

    private final ParticipationStatistics statistics;
    private final SurveyResults results;
    private final Places places;
    private final Vocabularies vocabularies;
    private final WorldRegions regions;
    private final MessageSource messages;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Set<String> meansRelated = new HashSet<>();
    private final int threshold;
    private int port;

    PublishedLearningFigures(int threshold, ParticipationStatistics statistics, SurveyResults results, Places places,
            Vocabularies vocabularies, WorldRegions regions, MessageSource messages, JsonMapper json) {
        this.threshold = threshold;
        this.statistics = statistics;
        this.results = results;
        this.places = places;
        this.vocabularies = vocabularies;
        this.regions = regions;
        this.messages = messages;
        this.json = json;
    }

    /** How many published figures were hidden in a round. */
    record Tally(int hidden) {}

    private final class Round {
        final DisclosureAudit audit;
        int hidden;

        Round(DisclosureAudit audit) {
            this.audit = audit;
            audit.shown("K:threshold", threshold).shown("K:one", 1);
        }

        /** A figure as a page, export or the API shows it: exact (checked against the truth), "&lt;t", "x" or null. */
        void read(String cell, String text, double truth, boolean audited, double knownAtLeast) {
            String value = text == null ? null : text.strip();
            if (value == null || value.equals("x")) {
                hidden++;
                if (audited) {
                    audit.hidden(cell, truth);
                }
                if (knownAtLeast > 0 && value != null) {
                    audit.sum(cell, List.of(knownAtLeast >= threshold ? "K:threshold" : "K:one", cell + ":above"));
                }
            } else if (value.equals("<" + threshold)) {
                hidden++;
                assertThat(audited).as("%s shows a range but is computed from other figures", cell).isTrue();
                audit.small(cell, Math.round(truth));
            } else {
                double shown = Double.parseDouble(value);
                assertThat(shown).as("%s as published", cell).isEqualTo(truth);
                audit.shown(cell, shown);
            }
        }

        void percent(String cell, String text, Double truth, double halfWidth) {
            if (text == null || text.equals("x") || text.equals("–") || truth == null) {
                return;
            }
            double shown = Double.parseDouble(text.replace("%", "").strip());
            assertThat(Math.abs(shown - truth * 100)).as("%s as published", cell).isLessThanOrEqualTo(halfWidth + 1e-9);
            audit.shownRounded(cell, shown, halfWidth);
        }
    }

    Tally collect(LearningDisclosureAuditTest.World world, DisclosureAudit audit, int port, boolean withPdf) throws Exception {
        this.port = port;
        Round round = new Round(audit);
        Map<Long, ParticipationStatistics.EventParticipation> truth = statistics.forEvents(world.events());
        for (long event : world.events()) {
            event(round, truth.get(event), world.surveys().get(event), withPdf);
        }
        for (long city : world.cities()) {
            city(round, city);
        }
        network(round, world.network(), truth);
        return new Tally(round.hidden);
    }

    // --- events ------------------------------------------------------------------------------------------

    private void event(Round round, ParticipationStatistics.EventParticipation p, Long survey, boolean withPdf) throws Exception {
        String e = "E" + p.eventId();
        relations(round.audit, p);
        Document page = page("/events/" + p.eventId() + "/dashboard");
        Element summary = page.selectFirst("#participation-table");
        for (Element row : summary.select("tbody tr")) {
            if (row.child(0).text().equals(text("learning.dash.delegates"))) {
                round.read(e + ":delegates", row.child(1).text(), p.delegates(), true, 0);
            }
        }
        Map<String, Map<String, String>> labels = labels(p);
        for (String dimension : p.breakdowns().keySet()) {
            String id = dimension.equals("city") ? "by-city" : "by-" + dimension;
            Element table = page.selectFirst("#" + id + "-table");
            boolean base = BASE.contains(dimension);
            if (table == null) {
                if (base) {
                    p.breakdowns().get(dimension).forEach((code, n) -> round.read(cell(e, dimension, code), null, n, true, 0));
                }
                continue;
            }
            for (Element row : table.select("tbody tr")) {
                String code = labels.get(dimension).get(row.child(0).text());
                assertThat(code).as("a row of %s: %s", id, row.child(0).text()).isNotNull();
                round.read(cell(e, dimension, code), row.child(1).text(), p.breakdowns().get(dimension).get(code), base,
                        base ? threshold : 1);
            }
        }
        JsonNode api = api("/api/events/" + p.eventId() + "/participation");
        assertThat(api.has("registered")).as("registrations are for organisers").isFalse();
        round.read(e + ":delegates", string(api.get("delegates")), p.delegates(), true, 0);
        api.get("breakdowns").properties().forEach(entry -> entry.getValue().properties().forEach(cell -> round.read(
                cell(e, entry.getKey(), cell.getKey()), string(cell.getValue()),
                p.breakdowns().get(entry.getKey()).get(cell.getKey()), BASE.contains(entry.getKey()), 0)));
        if (survey != null) {
            survey(round, p, survey, page);
        }
        sameAsCsv(page, "/events/" + p.eventId() + "/dashboard.csv");
        if (withPdf) {
            noMoreInPdf(page, "/events/" + p.eventId() + "/dashboard.pdf");
        }
    }

    /** What a reader knows of how an event's figures relate: every breakdown adds up, regions and roles add up cities. */
    private void relations(DisclosureAudit audit, ParticipationStatistics.EventParticipation p) {
        String e = "E" + p.eventId();
        for (String dimension : List.of("city", "gender", "position", "region")) {
            audit.sum(e + ":delegates", p.breakdowns().get(dimension).keySet().stream().map(c -> cell(e, dimension, c)).toList());
        }
        for (String dimension : FROM_CITIES) {
            p.cityCodes().get(dimension).forEach((code, cities) ->
                    audit.sum(cell(e, dimension, code), cities.stream().map(c -> cell(e, "city", c)).toList()));
        }
    }

    private void survey(Round round, ParticipationStatistics.EventParticipation p, long survey, Document page) throws Exception {
        String s = "S" + survey;
        SurveyResults.Result r = results.of(survey, false);
        DisclosureAudit audit = round.audit;
        audit.sum("E" + p.eventId() + ":delegates", List.of(s + ":invited", s + ":not-invited"));
        audit.sum(s + ":invited", List.of(s + ":responses", s + ":silent"));
        Map<String, SurveyResults.QuestionResult> byPrompt = new HashMap<>();
        for (SurveyResults.QuestionResult q : r.questions()) {
            String question = s + ":q:" + q.question().code();
            byPrompt.put(q.question().prompt().in(EN), q);
            audit.sum(s + ":responses", List.of(question + ":answers", question + ":skipped"));
        }
        Element feedback = page.selectFirst("#feedback-table");
        if (feedback != null) {
            for (Element row : feedback.select("tbody tr")) {
                SurveyResults.QuestionResult q = byPrompt.get(row.child(0).text());
                String question = s + ":q:" + q.question().code();
                round.read(question + ":answers", row.child(1).text(), q.answers(), true, 0);
                if (!row.child(2).text().equals("x")) {
                    meanRelations(audit, question);
                    double mean = Double.parseDouble(row.child(2).text());
                    assertThat(Math.abs(mean - q.mean())).isLessThanOrEqualTo(0.05 + 1e-9);
                    audit.shownRounded(question + ":mean", mean, 0.05);
                }
            }
        }
        Element note = page.select("#feedback ~ p.meta").first();
        if (note != null) {
            Matcher m = Pattern.compile("(\\S+) answers from (\\S+) invited").matcher(note.text());
            if (m.find()) {
                round.read(s + ":responses", m.group(1), r.responses(), true, 0);
                round.read(s + ":invited", m.group(2), r.invited(), true, 0);
            }
        }
        for (JsonNode row : api("/api/events/" + p.eventId() + "/surveys")) {
            if (row.get("id").asLong() == survey) {
                round.read(s + ":invited", string(row.get("invited")), r.invited(), true, 0);
                round.read(s + ":responses", string(row.get("responses")), r.responses(), true, 0);
            }
        }
        JsonNode api = api("/api/surveys/" + survey + "/results");
        round.read(s + ":invited", string(api.get("invited")), r.invited(), true, 0);
        round.read(s + ":responses", string(api.get("responses")), r.responses(), true, 0);
        if (!api.get("responseRate").isNull()) {
            audit.shownRounded(s + ":rate", api.get("responseRate").asDouble(), 1e-9);
            audit.ratio(s + ":rate", s + ":responses", s + ":invited", 1);
        }
        for (JsonNode q : api.get("questions")) {
            String question = s + ":q:" + q.get("code").asString();
            assertThat(q.has("scores")).as("score distributions are for organisers").isFalse();
            SurveyResults.QuestionResult truth = r.questions().stream()
                    .filter(x -> x.question().code().equals(q.get("code").asString())).findFirst().orElseThrow();
            round.read(question + ":answers", string(q.get("answers")), truth.answers(), true, 0);
            JsonNode choices = q.get("choices");
            if (choices != null && !choices.isNull() && !truth.choices().isEmpty()) {
                audit.sum(question + ":answers", truth.choices().keySet().stream().map(c -> question + ":choice:" + c).toList());
                choices.properties().forEach(choice -> round.read(question + ":choice:" + choice.getKey(), string(choice.getValue()),
                        truth.choices().get(choice.getKey()), true, 0));
            }
            if (!q.get("mean").isNull()) {
                meanRelations(audit, question);
                audit.shownRounded(question + ":mean", q.get("mean").asDouble(), 1e-9);
            }
        }
    }

    /**
     * mean = (1 × n1 + … + 5 × n5) / answers, with n1 + … + n5 = answers, once per question whose mean is shown
     * (a hidden mean relates nothing); score × n is a sum of copies of n, as the audit's sums have coefficients of 1.
     */
    private void meanRelations(DisclosureAudit audit, String question) {
        if (!meansRelated.add(question)) {
            return;
        }
        List<String> scores = new ArrayList<>();
        List<String> weighted = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            String n = question + ":score" + score;
            scores.add(n);
            List<String> copies = new ArrayList<>();
            copies.add(n);
            for (int k = 2; k <= score; k++) {
                audit.sum(n + ":copy" + k, List.of(n));
                copies.add(n + ":copy" + k);
            }
            audit.sum(n + ":weighted", copies);
            weighted.add(n + ":weighted");
        }
        audit.sum(question + ":answers", scores);
        audit.sum(question + ":sum", weighted);
        audit.ratio(question + ":mean", question + ":sum", question + ":answers", 1);
    }

    // --- cities ------------------------------------------------------------------------------------------

    private void city(Round round, long placeId) throws Exception {
        String c = "C" + placeId;
        ParticipationStatistics.CityParticipation truth = statistics.forCity(placeId);
        DisclosureAudit audit = round.audit;
        Map<String, ParticipationStatistics.CityEvent> byTheme = new HashMap<>();
        truth.timeline().forEach(e -> byTheme.put(e.theme(), e));
        // relations: returning and newcomers make the delegates, returning and leavers the previous delegates
        List<String> all = new ArrayList<>();
        List<String> distinctParts = new ArrayList<>(List.of(c + ":slack"));
        ParticipationStatistics.CityEvent previous = null;
        for (ParticipationStatistics.CityEvent e : truth.timeline()) {
            String delegates = cell("E" + e.eventId(), "city", String.valueOf(placeId));
            all.add(delegates);
            audit.sum(c + ":distinct", List.of(delegates, c + ":E" + e.eventId() + ":others"));
            if (previous != null) {
                String ret = c + ":E" + e.eventId() + ":returning";
                String before = cell("E" + previous.eventId(), "city", String.valueOf(placeId));
                audit.sum(delegates, List.of(ret, c + ":E" + e.eventId() + ":new"));
                audit.sum(before, List.of(ret, c + ":E" + e.eventId() + ":leaving"));
                audit.ratio(c + ":E" + e.eventId() + ":continuity", ret, delegates, 100);
                audit.ratio(c + ":E" + e.eventId() + ":turnover", c + ":E" + e.eventId() + ":leaving", before, 100);
                distinctParts.add(ret);
            }
            previous = e;
        }
        distinctParts.add(c + ":distinct");
        audit.sum(c + ":all", all);
        audit.sum(c + ":all", distinctParts);
        List<String> continuities = truth.timeline().stream().skip(1).filter(e -> e.continuity() != null)
                .map(e -> c + ":E" + e.eventId() + ":continuity").toList();
        if (!continuities.isEmpty()) {
            audit.sum(c + ":continuity-sum", continuities);
        }

        Document page = page("/cities/" + placeId + "/learning");
        for (Element row : page.select("#continuity-summary-table tbody tr")) {
            String label = row.child(0).text();
            if (label.equals(text("learning.dash.distinctDelegates"))) {
                round.read(c + ":distinct", row.child(1).text(), truth.distinctDelegates(), true, 0);
            } else if (label.equals(text("learning.dash.averageContinuity")) && !continuities.isEmpty()) {
                String shown = row.child(1).text();
                if (!shown.equals("x") && !shown.equals("–")) {
                    double percent = Double.parseDouble(shown.replace("%", "").strip());
                    audit.shownRounded(c + ":continuity-sum", percent * continuities.size(), 0.5 * continuities.size());
                }
            }
        }
        boolean first = true;
        for (Element row : page.select("#timeline-table tbody tr")) {
            ParticipationStatistics.CityEvent e = byTheme.get(row.child(1).text());
            String prefix = c + ":E" + e.eventId();
            round.read(cell("E" + e.eventId(), "city", String.valueOf(placeId)), row.child(2).text(), e.delegates(), true, 0);
            if (!first) {
                round.read(prefix + ":returning", row.child(3).text(), e.returning(), true, 0);
                round.percent(prefix + ":continuity", row.child(4).text(), e.continuity(), 0.5);
                round.percent(prefix + ":turnover", row.child(5).text(), e.turnover(), 0.5);
            }
            first = false;
        }
        JsonNode api = api("/api/cities/" + placeId + "/participation");
        round.read(c + ":distinct", string(api.get("distinctDelegates")), truth.distinctDelegates(), true, 0);
        first = true;
        for (JsonNode row : api.get("timeline")) {
            ParticipationStatistics.CityEvent e = byTheme.get(row.get("theme").asString());
            String prefix = c + ":E" + e.eventId();
            round.read(cell("E" + e.eventId(), "city", String.valueOf(placeId)), string(row.get("delegates")), e.delegates(), true, 0);
            if (!first) {
                round.read(prefix + ":returning", string(row.get("returning")), e.returning(), true, 0);
                if (!row.get("continuity").isNull()) {
                    round.percent(prefix + ":continuity", String.valueOf(row.get("continuity").asDouble() * 100), e.continuity(), 1e-9);
                }
                if (!row.get("turnover").isNull()) {
                    round.percent(prefix + ":turnover", String.valueOf(row.get("turnover").asDouble() * 100), e.turnover(), 1e-9);
                }
            }
            first = false;
        }
        sameAsCsv(page, "/cities/" + placeId + "/learning.csv");
    }

    // --- networks ----------------------------------------------------------------------------------------

    private void network(Round round, long organisationId, Map<Long, ParticipationStatistics.EventParticipation> events)
            throws Exception {
        String n = "N" + organisationId;
        List<ParticipationStatistics.DiversityYear> years = statistics.diversityOverTime(organisationId);
        for (ParticipationStatistics.DiversityYear y : years) {
            String year = n + ":Y" + y.year();
            round.audit.sum(year + ":delegates", y.eventIds().stream().map(id -> "E" + id + ":delegates").toList());
            y.breakdowns().forEach((dimension, cells) -> cells.keySet().forEach(code -> round.audit.sum(year + ":" + dimension + ":" + code,
                    y.eventIds().stream().filter(id -> events.get(id).breakdowns().get(dimension).containsKey(code))
                            .map(id -> cell("E" + id, dimension, code)).toList())));
        }
        Document page = page("/learning/network/" + organisationId);
        Map<Integer, ParticipationStatistics.DiversityYear> byYear = new HashMap<>();
        years.forEach(y -> byYear.put(y.year(), y));
        for (String dimension : ParticipationStatistics.DIMENSIONS) {
            Element table = page.selectFirst("#diversity-" + dimension + "-table");
            if (table == null) {
                continue;
            }
            Map<String, String> codes = new HashMap<>();
            years.forEach(y -> y.breakdowns().get(dimension).keySet().forEach(code -> codes.put(label(dimension, code), code)));
            List<String> headers = table.select("thead th").eachText();
            for (Element row : table.select("tbody tr")) {
                ParticipationStatistics.DiversityYear y = byYear.get(Integer.parseInt(row.child(0).text()));
                String year = n + ":Y" + y.year();
                round.read(year + ":delegates", row.child(1).text(), y.delegates(), false, 0);
                for (int i = 2; i < headers.size(); i++) {
                    String code = codes.get(headers.get(i));
                    round.read(year + ":" + dimension + ":" + code, row.child(i).text(),
                            y.breakdowns().get(dimension).getOrDefault(code, 0), false, 0);
                }
            }
        }
        sameAsCsv(page, "/learning/network/" + organisationId + ".csv");
    }

    // --- outputs -----------------------------------------------------------------------------------------

    /** The CSV export repeats each table's rows exactly as the page shows them. */
    private void sameAsCsv(Document page, String path) throws Exception {
        List<List<String>> csvRows = new ArrayList<>();
        String body = get(path).body();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(body.startsWith("\uFEFF") ? body.substring(1) : body))) {
            csvRows.add(record.toList());
        }
        for (Element table : page.select("table[id$=-table]")) {
            for (Element row : table.select("tbody tr")) {
                List<String> cells = row.select("td").eachText();
                assertThat(csvRows).as("%s repeats a row of %s", path, table.id()).anySatisfy(r ->
                        assertThat(r.stream().map(String::strip).toList()).isEqualTo(cells));
            }
        }
    }

    /** The PDF report shows no number its page does not show. */
    private void noMoreInPdf(Document page, String path) throws Exception {
        HttpResponse<byte[]> pdf = http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        Set<String> onPage = numbers(page.text());
        Set<String> inPdf = numbers(text);
        inPdf.removeAll(onPage);
        inPdf.removeIf(n -> n.matches("\\d{4}") || n.matches("\\d{1,2}")); // dates and page numbers of the report
        assertThat(inPdf).as("numbers in %s that its page does not show", path).isEmpty();
    }

    private static Set<String> numbers(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path + (path.contains("?") ? "&" : "?") + "lang=en");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    }

    private Map<String, Map<String, String>> labels(ParticipationStatistics.EventParticipation p) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        p.breakdowns().forEach((dimension, cells) -> {
            Map<String, String> byLabel = new HashMap<>();
            cells.keySet().forEach(code -> byLabel.put(label(dimension, code), code));
            labels.put(dimension, byLabel);
        });
        return labels;
    }

    private String label(String dimension, String code) {
        if ("unknown".equals(code)) {
            return text("learning.dash.unknown");
        }
        return switch (dimension) {
            case "city" -> code.equals(ParticipationStatistics.NO_CITY) ? text("learning.dash.noCity")
                    : places.find(Long.parseLong(code)).orElseThrow().name();
            case "gender" -> vocabularies.label("gender", code, EN);
            case "position" -> vocabularies.label("participant_position", code, EN);
            case "city_role" -> vocabularies.label("city_role", code, EN);
            case "region" -> regions.name(code, EN);
            default -> code;
        };
    }

    private String text(String key) {
        return messages.getMessage(key, null, EN);
    }

    private static String cell(String prefix, String dimension, String code) {
        return prefix + ":" + dimension + ":" + code;
    }

    private static String string(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
