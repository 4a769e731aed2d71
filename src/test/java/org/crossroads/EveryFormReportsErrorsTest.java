package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.indexes.DimensionDraft;
import org.crossroads.indexes.IndexBuilder;
import org.crossroads.indexes.IndexDraft;
import org.crossroads.indexes.IndexText;
import org.crossroads.indexes.IndexVersion;
import org.crossroads.indexes.OptionDraft;
import org.crossroads.indexes.QuestionDraft;
import org.crossroads.indexes.QuestionKind;
import org.crossroads.indexes.SelfAssessmentIndexes;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.learning.events.EventDraft;
import org.crossroads.learning.events.EventEditing;
import org.crossroads.learning.participants.ParticipantDraft;
import org.crossroads.learning.participants.ParticipantRegistry;
import org.crossroads.learning.participants.PersonalData;
import org.crossroads.learning.surveys.SurveyRounds;
import org.crossroads.network.exchanges.ExchangeDraft;
import org.crossroads.network.exchanges.ExchangeWorkflow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every form reports all its errors at once, in an error summary at its top whose entries link to the messages beside
 * the fields, each message tied to its field for screen readers (issue 12 §4; shared/content's fragments). An
 * administrator, who may open every form, crawls the application's pages (GET only: from the home page, the routes
 * without variables and the pages of this run's records, following links; a route no link leads to is tried with the
 * ids of a reached page of the same part) and sends every form it finds that has a field to fill back with every field
 * empty (hidden ones as they were, the CSRF token among them; no box ticked, no file chosen). Every answer, and the page
 * a refused form redirects to, and every page reached, must pass {@link FormErrorMarkup}'s checks: each field's
 * message has its own id, exactly one control names it in {@code aria-describedby} and is {@code aria-invalid}, and an
 * error summary above it links to it. A new form is checked without being listed here; forms not sent are in
 * {@link #NOT_SENT}, each with its reason, and {@link #MUST_REPORT} makes sure the crawl still reaches the main ones.
 */
@IntegrationTest
class EveryFormReportsErrorsTest {

    static final String PASSWORD = "forms report every error";
    /** Routes that give files or data, not pages. */
    static final String NOT_PAGES = "(/api/.*|/api-docs.*|/actuator.*|.*\\{format.*|.*\\.(csv|json|geojson|pdf|xlsx|ris|bib|png|svg|xml|txt)|/error|/login|/logout)";
    /** Forms an empty answer would change a record with, as "POST pattern" → why it is not sent. */
    static final Map<String, String> NOT_SENT = Map.of(
            "POST /events/{id:\\d+}/participants/{participantId:\\d+}/attendance",
            "an empty choice is an answer (attendance not recorded): it would change the delegate's record",
            "POST /exchanges/{id:\\d+}/accept",
            "its note is optional: an empty form accepts the request",
            "POST /events/{id:\\d+}/surveys",
            "its template may be left to the default: an empty form prepares the event's survey");
    /** Forms whose empty answer must show field errors: the crawl must reach them (a sanity check of the crawl). */
    static final List<String> MUST_REPORT = List.of("POST /initiatives/new", "POST /events/new", "POST /documents/new",
            "POST /practices/new", "POST /outcomes/new", "POST /organisations/new", "POST /cities/new", "POST /admin/accounts",
            "POST /account/password", "POST /indexes/new", "POST /respond/{token}", "POST /events/{id:\\d+}/participants",
            "POST /cities/{id:\\d+}/service-points/new", "POST /cities/{id:\\d+}/needs/new", "POST /cities/{id:\\d+}/offers/new",
            "POST /cities/{id:\\d+}/partnerships", "POST /organisations/{id:\\d+}/members", "POST /exchanges/{id:\\d+}/decline",
            "POST /indexes/{code}/v{number:\\d+}/dimensions", "POST /indexes/{code}/v{number:\\d+}/respond",
            "POST /admin/capability-frameworks", "POST /import", "POST /surveys/templates/{id:\\d+}/questions",
            "POST /surveys/questions/{questionId:\\d+}", "POST /outcomes/{id:\\d+}/withdraw", "POST /request-account",
            "POST /admin/accounts/requests/{id}/accept");

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired org.crossroads.accounts.AccountRequests accountRequests;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing placeEditing;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired EventEditing eventEditing;
    @Autowired ParticipantRegistry participants;
    @Autowired SurveyRounds surveyRounds;
    @Autowired PersonalData personalData;
    @Autowired ExchangeWorkflow exchanges;
    @Autowired IndexBuilder indexBuilder;
    @Autowired SelfAssessmentIndexes indexes;
    @Autowired JdbcClient jdbc;

    @Test
    void everyFormReportsAllItsErrorsAtTheTopAndTiesEachToItsField() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Editor admin = account("forms-admin-" + run, Role.ADMINISTRATOR);
        WebClient client = WebClient.signedIn(port, admin.username(), PASSWORD);

        List<PathPattern> pages = new ArrayList<>();
        List<PathPattern> posts = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (PathPattern p : info.getPathPatternsCondition().getPatterns()) {
                if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && !p.getPatternString().matches(NOT_PAGES)) {
                    pages.add(p);
                }
                if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
                    posts.add(p);
                }
            }
        }

        Map<PathPattern, String> samples = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        crawl(client, pages, seeds(run, admin), samples, problems);

        Set<String> sent = new TreeSet<>();
        Set<String> reporting = new TreeSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String path : samples.values()) {
            Document page = Jsoup.parse(client.get(path).body());
            int n = 0;
            for (Element form : page.select("form[method=post]")) {
                n++;
                String action = form.attr("action").isEmpty() ? path : form.attr("action");
                Optional<PathPattern> route = routeOf(posts, action.replaceAll("[?#].*$", ""));
                if (route.isEmpty() || !fillable(form)) {
                    continue;
                }
                String key = "POST " + route.get().getPatternString();
                if (NOT_SENT.containsKey(key) || !seen.add(key + " " + (form.id().isEmpty() ? n : form.id()))) {
                    continue;
                }
                sent.add(key);
                HttpResponse<String> answer = send(client, form, action);
                String where = key + " sent empty from " + path;
                if (answer.statusCode() >= 500) {
                    problems.add(where + ": answered " + answer.statusCode());
                    continue;
                }
                if (answer.statusCode() / 100 == 3) {
                    // a form whose page shows its errors after a redirect (a statement's review actions)
                    URI location = URI.create(answer.headers().firstValue("Location").orElse("/"));
                    where += ", then " + location.getRawPath();
                    answer = client.get(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
                    if (answer.statusCode() != 200) {
                        continue;
                    }
                }
                Document shown = Jsoup.parse(answer.body());
                if (!shown.select(".field-error").isEmpty()) {
                    reporting.add(key);
                }
                problems.addAll(FormErrorMarkup.problems(where, shown));
            }
        }

        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(samples).as("pages the administrator reached").hasSizeGreaterThan(80);
            soft.assertThat(sent).as("forms sent back empty").hasSizeGreaterThan(30);
            soft.assertThat(NOT_SENT.keySet()).as("forms not sent, still mapped")
                    .allMatch(k -> posts.stream().anyMatch(p -> ("POST " + p.getPatternString()).equals(k)));
            soft.assertThat(reporting).as("forms whose empty answer shows field errors").containsAll(MUST_REPORT);
            soft.assertThat(problems).as("errors not reported as issue 12 §4 says").isEmpty();
        });
    }

    /** One page of each page route: from the seeds, the home page and the routes without variables, following links. */
    private void crawl(WebClient client, List<PathPattern> pages, List<String> seeds, Map<PathPattern, String> samples,
            List<String> problems) {
        Deque<String> queue = new ArrayDeque<>(seeds);
        queue.add("/");
        pages.stream().map(PathPattern::getPatternString).filter(p -> !p.contains("{")).forEach(queue::add);
        Set<String> fetched = new TreeSet<>();
        while (!queue.isEmpty() && fetched.size() < 700) {
            String path = queue.poll();
            if (!fetched.add(path)) {
                continue;
            }
            visit(client, pages, path, samples, problems).ifPresent(page -> {
                for (Element link : page.select("a[href^=/]")) {
                    String href = link.attr("href").replaceAll("#.*$", "");
                    routeOf(pages, href.replaceAll("\\?.*$", "")).filter(r -> !samples.containsKey(r)).ifPresent(r -> queue.add(href));
                }
            });
        }
        // routes no link led to (a city's self-assessment form): with the ids of a reached page of the same part
        for (PathPattern route : pages) {
            if (samples.containsKey(route)) {
                continue;
            }
            for (String path : candidates(route, samples)) {
                if (fetched.add(path) && visit(client, pages, path, samples, problems).isPresent()) {
                    break;
                }
            }
        }
    }

    /** Fetches a page: checked, and kept as its route's sample when it is the first of its route to open. */
    private Optional<Document> visit(WebClient client, List<PathPattern> pages, String path, Map<PathPattern, String> samples,
            List<String> problems) {
        HttpResponse<String> answer;
        try {
            answer = client.get(path);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an address the crawl cannot send as it is
        }
        if (answer.statusCode() != 200 || !answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            return Optional.empty();
        }
        Document page = Jsoup.parse(answer.body());
        problems.addAll(FormErrorMarkup.problems("GET " + path, page));
        routeOf(pages, path.replaceAll("\\?.*$", "")).ifPresent(route -> samples.putIfAbsent(route, path));
        return Optional.of(page);
    }

    /** The route with the variable values of each reached page of the same part, then with 1 for every variable. */
    private static List<String> candidates(PathPattern route, Map<PathPattern, String> samples) {
        String pattern = route.getPatternString();
        String part = pattern.replaceAll("^(/[^/]*).*", "$1");
        List<String> paths = new ArrayList<>();
        samples.forEach((reached, path) -> {
            if (reached.getPatternString().startsWith(part + "/")) {
                var variables = reached.matchAndExtract(PathContainer.parsePath(path.replaceAll("\\?.*$", "")));
                if (variables != null && !variables.getUriVariables().isEmpty()) {
                    String filled = pattern;
                    for (String value : variables.getUriVariables().values()) {
                        filled = filled.replaceFirst("\\{[^}]*(\\{[^}]*\\}[^}]*)*\\}", Matcher.quoteReplacement(value));
                    }
                    if (!filled.contains("{")) {
                        paths.add(filled);
                    }
                }
            }
        });
        paths.add(pattern.replaceAll("\\{[^}]*(\\{[^}]*\\}[^}]*)*\\}", "1"));
        return paths;
    }

    private static Optional<PathPattern> routeOf(List<PathPattern> routes, String path) {
        PathContainer container;
        try {
            container = PathContainer.parsePath(URI.create(path).getPath());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not an address of this application's pages
        }
        return routes.stream().filter(p -> p.matches(container)).sorted().findFirst();
    }

    /** Whether a form has a field to fill in (not only hidden values and buttons). */
    private static boolean fillable(Element form) {
        return form.select("select, textarea, input").stream().anyMatch(c -> !c.is("input")
                || !List.of("hidden", "submit", "button", "reset", "image").contains(c.attr("type").toLowerCase()));
    }

    /**
     * Sends a form back as a browser would with nothing filled in: hidden fields as they are, every other field empty,
     * no box ticked, no file chosen; the button a browser sends (a final "submit" when one is offered rather than a
     * draft, else the first).
     */
    private static HttpResponse<String> send(WebClient client, Element form, String action) {
        Map<String, String> fields = new LinkedHashMap<>();
        String fileField = null;
        for (Element control : form.select("input, select, textarea")) {
            String name = control.attr("name");
            String type = control.attr("type").toLowerCase();
            if (name.isEmpty() || control.hasAttr("disabled") || List.of("submit", "button", "reset", "image", "checkbox", "radio").contains(type)) {
                continue;
            }
            if (type.equals("hidden")) {
                fields.put(name, control.val());
            } else if (type.equals("file")) {
                fileField = name;
            } else {
                fields.put(name, "");
            }
        }
        List<Element> buttons = form.select("button[name]:not([type=button]):not([type=reset]), input[type=submit][name]");
        buttons.stream().filter(b -> b.val().equals("submit")).findFirst().or(() -> buttons.stream().findFirst())
                .ifPresent(b -> fields.put(b.attr("name"), b.val()));
        if (fileField != null) {
            return client.upload(action, fields, fileField, "", new byte[0]);
        }
        return client.post(action, fields);
    }

    /**
     * This run's records, whose pages the crawl starts from (before any other, so that their forms are the ones sent):
     * two cities and a network; an event of the network in the first city with a delegate of the second, sent a
     * survey and a personal data link; an exchange the second city asked of the first; an index of the network with a
     * published version 1 and a draft version 2. Pages that need parameters or a personal link are named here.
     */
    private List<String> seeds(String run, Editor admin) {
        String cityA = "Formsville " + run;
        String cityB = "Fieldtown " + run;
        long a = placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:forms-a-" + run, cityA, "TN", 50_000L, 35.3, 10.3,
                List.of("transit"), List.of("central_med"), "Forms test"), "test").id();
        long b = placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:forms-b-" + run, cityB, "MA", 40_000L, 34.1, -4.9,
                List.of(), List.of(), "Forms test"), "test").id();
        organisationEditing.upsertByExternalId(new OrganisationDraft("org:forms-" + run, "Forms Network " + run, "FRM" + run,
                "city_network", null, null, null, null, "Forms test"), "test");
        long event = eventEditing.create(new EventDraft(null, "Forms peer exchange " + run, cityA + ", TN", LocalDate.of(2024, 5, 14),
                LocalDate.of(2024, 5, 16), "day", "hybrid", List.of("org:forms-" + run), List.of("fr"), List.of("field_visit"),
                List.of(), null, List.of(), null, "Forms test"), admin);
        long delegate = participants.register(event, new ParticipantDraft("Forms delegate " + run, "forms-" + run + "@example.org",
                null, cityB + ", MA", null, null, null, null, "en", List.of("participation", "surveys"), null), admin).participantId();
        long survey = surveyRounds.createFeedback(event, null, false, admin);
        surveyRounds.send(survey, admin);
        String surveyToken = mailedToken(delegate, "survey-invitation", "/respond/");
        personalData.sendLink(delegate, admin);
        String personalToken = mailedToken(delegate, "personal-data-link", "/me/");
        long exchange = exchanges.request(new ExchangeDraft(b, a, null, null, "reception_orientation", "study_visit",
                "May we visit?"), account("forms-asking-" + run, Role.ADMINISTRATOR));
        String index = index(run, admin);
        accountRequests.submit(new org.crossroads.accounts.AccountRequests.Form("Forms Requester", "requester-" + run
                + "@example.org", "CONTRIBUTOR", "City of Oujda", "", "", true), "en");
        long request = jdbc.sql("select id from account_request where email = :e").param("e", "requester-" + run + "@example.org")
                .query(Long.class).single();
        return List.of("/request-account", "/admin/accounts/requests/" + request, "/respond/" + surveyToken, "/me/" + personalToken, "/events/" + event, "/events/" + event + "/participants",
                "/participants/" + delegate, "/events/" + event + "/ratings?city=" + a, "/events/" + event + "/surveys",
                "/exchanges/" + exchange, "/exchanges/new?city=" + a + "&peer=" + b, "/cities/" + a,
                "/cities/" + a + "/capabilities/assess", "/cities/" + a + "/capabilities/assess?period=not-a-period",
                "/indexes/" + index, "/indexes/" + index + "/v2/edit", "/indexes/" + index + "/v2/dimensions/forms",
                "/indexes/" + index + "/v2/questions/forms.unit", "/indexes/" + index + "/v1/respond?place=" + a + "&period=2024",
                "/indexes/" + index + "/v1/respond?place=" + a + "&period=not-a-period");
    }

    /** An index of this run: version 1 (one required question of two options) published, version 2 a draft copy. */
    private String index(String run, Editor admin) {
        String code = "forms-" + run;
        IndexText name = new IndexText(Map.of("en", "Forms index " + run));
        long indexId = indexBuilder.createIndex(new IndexDraft(code, name, null, null), admin);
        IndexVersion v1 = indexes.version(indexId, 1).orElseThrow();
        indexBuilder.saveDimension(v1.id(), v1.revision(), null, new DimensionDraft("forms", name, null, BigDecimal.ONE, null), admin);
        indexBuilder.saveQuestion(v1.id(), revision(v1), null, new QuestionDraft("forms", "forms.unit", name,
                QuestionKind.SINGLE_CHOICE, BigDecimal.ONE, true, null), admin);
        long question = indexes.version(v1.id()).orElseThrow().question("forms.unit").orElseThrow().id();
        indexBuilder.saveOption(v1.id(), revision(v1), question, null, new OptionDraft("yes", name, 100, null, null, null), admin);
        indexBuilder.saveOption(v1.id(), revision(v1), question, null, new OptionDraft("no", name, 0, null, null, null), admin);
        indexBuilder.publish(v1.id(), revision(v1), admin);
        indexBuilder.newDraftVersion(code, admin);
        return code;
    }

    private int revision(IndexVersion version) {
        return indexes.version(version.id()).orElseThrow().revision();
    }

    private String mailedToken(long participant, String purpose, String path) {
        String body = jdbc.sql("""
                select m.body_text from mail_outbox m join participant p on lower(p.email) = lower(m.recipient)
                where p.id = :p and m.purpose = :purpose order by m.id desc limit 1""")
                .param("p", participant).param("purpose", purpose).query(String.class).single();
        Matcher m = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(m.find()).as("a link in the " + purpose + " mail").isTrue();
        return m.group(1);
    }

    private Editor account(String username, Role role) {
        accounts.create(username, "Forms " + role.name().toLowerCase(java.util.Locale.ROOT), "{noop}" + PASSWORD, role, null, null);
        return accounts.findByUsername(username).orElseThrow();
    }
}
