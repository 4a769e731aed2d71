package org.crossroads.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.crossroads.IntegrationTest;
import org.crossroads.MappedRoutes;
import org.crossroads.MappedRoutes.Route;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Role;
import org.crossroads.robustness.HostileValues.Value;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hostile input never gets a server error: every route the application maps (read from Spring's handler
 * mappings, so a new route is covered without editing this test) receives a fixed set of hostile values in
 * each path variable and each request parameter its handler declares, over real HTTP so that Tomcat's own
 * parsing is exercised. Changes are sent anonymously and as a signed-in administrator with a valid CSRF
 * token, as form bodies and as malformed multipart bodies. Any 5xx fails the test, listing every route and
 * input that caused one.
 */
@IntegrationTest
class EveryRouteHostileInputTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired Accounts accounts;
    @Autowired PasswordEncoder passwords;

    /** One request to send, described for the failure report; a raw one goes over a plain socket, bytes as they are. */
    record Probe(Visitor visitor, Route route, String input, String method, String pathAndQuery, String contentType, byte[] body,
                 boolean raw) {

        Probe(Visitor visitor, Route route, String input, String method, String pathAndQuery, String contentType, byte[] body) {
            this(visitor, route, input, method, pathAndQuery, contentType, body, false);
        }
    }

    /** Bytes no client would put in a request line unencoded: Tomcat's own parser must refuse them, with a 4xx. */
    private static final byte[] RAW_QUERY = {'q', '=', (byte) 0xFF, (byte) 0xC3, '(', '&', 'x', '=', 0, '1'};

    @Test
    void noRouteAnswersHostileInputWithAServerError() throws Exception {
        MappedRoutes mapped = MappedRoutes.of(context);
        assertThat(mapped.routes()).as("routes found in the handler mappings").hasSizeGreaterThan(100);
        Visitor anonymous = Visitor.anonymous(port);
        Visitor administrator = signedInAdministrator();

        List<Probe> probes = new ArrayList<>();
        int skipped = 0;
        for (Route route : mapped.routes()) {
            for (Visitor visitor : List.of(anonymous, administrator)) {
                // a route that turns the visitor away before reading anything (login required, no CSRF token)
                // gets only the malformed bodies, which the input screen reads before security does
                List<Probe> forRoute = new ArrayList<>(route.changesState() ? changes(visitor, route) : reads(visitor, route));
                forRoute.add(new Probe(visitor, route, "raw bytes 0xFF, 0xC3 and NUL in the request line", route.method(),
                        route.path(null, null), null, RAW_QUERY, true));
                if (route.readsAnyParameter()) {
                    forRoute.addAll(everyKnownParameter(visitor, route, mapped.parameterNames()));
                }
                if (visitor == anonymous && !mayEnter(visitor, route)) {
                    skipped += forRoute.size();
                    forRoute = forRoute.stream().filter(p -> p.input().startsWith("multipart")).toList();
                    skipped -= forRoute.size();
                }
                probes.addAll(forRoute);
            }
        }
        System.out.printf("hostile input: %d requests to %d routes (%d not sent: anonymous on routes that need a login)%n",
                probes.size(), mapped.routes().size(), skipped);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> timeByRoute = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Probe probe : probes) {
                sent.add(pool.submit(() -> send(probe, failures, timeByRoute)));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
            // POST /admin/demo/add has a global effect: later tests of this run must see the built-in data only
            context.getBean(org.crossroads.shared.demo.Demonstration.class).remove("hostile input test");
        }
        // where the time goes, for keeping this test fast as routes are added
        timeByRoute.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> System.out.printf("hostile input: %6d ms in %s%n", e.getValue() / 1_000_000, e.getKey()));
        assertThat(failures.stream().sorted().collect(Collectors.joining("\n")))
                .as(failures.size() + " of " + probes.size() + " hostile requests to " + mapped.routes().size()
                        + " routes got a server error")
                .isEmpty();
    }

    private Visitor signedInAdministrator() throws Exception {
        String username = "hostile-admin-" + Long.toString(System.nanoTime(), 36);
        String password = UUID.randomUUID().toString().replace("-", "") + "Aa9";
        accounts.create(username, "Hostile input administrator", passwords.encode(password), Role.ADMINISTRATOR, null, null);
        return Visitor.administrator(port, username, password);
    }

    /** Whether the visitor gets past security on this route with plausible input (else a redirect to log in, or 403). */
    private static boolean mayEnter(Visitor visitor, Route route) throws Exception {
        String fixed = query(route.fixedParameters());
        String target = route.path(null, null) + (fixed.isEmpty() ? "" : "?" + fixed);
        var response = visitor.send(route.method(), target, route.changesState() ? FORM : null,
                route.changesState() ? new byte[0] : null);
        String location = response.headers().firstValue("Location").orElse("");
        return !(response.statusCode() == 401 || response.statusCode() == 403
                || (response.statusCode() == 302 && location.endsWith("/login")));
    }

    private static void send(Probe probe, List<String> failures, Map<String, Long> timeByRoute) {
        long start = System.nanoTime();
        try {
            int status = probe.raw() ? probe.visitor().sendRaw(probe.method(), probe.pathAndQuery(), probe.body())
                    : probe.visitor().send(probe.method(), probe.pathAndQuery(), probe.contentType(), probe.body()).statusCode();
            if (status >= 500) {
                failures.add(status + " " + probe.route() + " as " + probe.visitor().name() + ", " + probe.input() + ": "
                        + probe.method() + " " + abbreviated(probe.pathAndQuery()));
            }
        } catch (Exception e) {
            failures.add("no answer (" + e + ") " + probe.route() + " as " + probe.visitor().name() + ", " + probe.input());
        }
        timeByRoute.merge(probe.route().toString(), System.nanoTime() - start, Long::sum);
    }

    /** GET routes: each path variable, then each declared parameter, set to each hostile value in turn. */
    private static List<Probe> reads(Visitor visitor, Route route) {
        List<Probe> probes = new ArrayList<>();
        String fixed = query(route.fixedParameters());
        for (String variable : route.pathVariables()) {
            for (Value value : HostileValues.IN_URL) {
                probes.add(new Probe(visitor, route, "path variable " + variable + " = " + value.label(), route.method(),
                        route.path(variable, value.encoded()) + (fixed.isEmpty() ? "" : "?" + fixed), null, null));
            }
        }
        for (String parameter : route.parameters()) {
            for (Value value : HostileValues.IN_URL) {
                probes.add(new Probe(visitor, route, "parameter " + parameter + " = " + value.label(), route.method(),
                        route.path(null, null) + "?" + (fixed.isEmpty() ? "" : fixed + "&") + parameter + "=" + value.encoded(),
                        null, null));
            }
        }
        if (route.pathVariables().isEmpty() && route.parameters().isEmpty()) {
            probes.add(new Probe(visitor, route, "unknown parameter with NUL", route.method(),
                    route.path(null, null) + "?" + (fixed.isEmpty() ? "" : fixed + "&") + "x%00=a%00", null, null));
        }
        return probes;
    }

    /**
     * A handler that takes a map of parameters declares none: send it every parameter name any handler
     * declares, each hostile value in all of them at once (in as many requests as the request line allows).
     */
    private static List<Probe> everyKnownParameter(Visitor visitor, Route route, java.util.Set<String> names) {
        List<Probe> probes = new ArrayList<>();
        String fixed = query(route.fixedParameters());
        for (Value value : HostileValues.IN_URL) {
            StringBuilder query = new StringBuilder(fixed);
            for (String name : names) {
                String pair = name + "=" + value.encoded();
                if (query.length() + pair.length() > 6_000) {
                    probes.add(everyParameterProbe(visitor, route, value, query.toString()));
                    query = new StringBuilder(fixed);
                }
                query.append(query.isEmpty() ? "" : "&").append(pair);
            }
            probes.add(everyParameterProbe(visitor, route, value, query.toString()));
        }
        return probes;
    }

    private static Probe everyParameterProbe(Visitor visitor, Route route, Value value, String query) {
        String path = route.path(null, null) + "?" + query;
        return route.changesState()
                ? new Probe(visitor, route, "every known parameter = " + value.label(), route.method(), route.path(null, null),
                        FORM, query.getBytes(StandardCharsets.ISO_8859_1))
                : new Probe(visitor, route, "every known parameter = " + value.label(), route.method(), path, null, null);
    }

    /** Changing routes: hostile path variables, each parameter hostile in a form body, and malformed multipart bodies. */
    private static List<Probe> changes(Visitor visitor, Route route) {
        List<Probe> probes = new ArrayList<>();
        String fixed = query(route.fixedParameters());
        String target = route.path(null, null) + (fixed.isEmpty() ? "" : "?" + fixed);
        for (String variable : route.pathVariables()) {
            for (Value value : HostileValues.IN_URL) {
                probes.add(new Probe(visitor, route, "path variable " + variable + " = " + value.label(), route.method(),
                        route.path(variable, value.encoded()) + (fixed.isEmpty() ? "" : "?" + fixed), FORM, new byte[0]));
            }
        }
        for (String parameter : route.parameters()) {
            for (Value value : HostileValues.IN_BODY) {
                probes.add(new Probe(visitor, route, "form field " + parameter + " = " + value.label(), route.method(), target,
                        FORM, (parameter + "=" + value.encoded()).getBytes(StandardCharsets.ISO_8859_1)));
            }
        }
        String file = route.fileParts().isEmpty() ? "file" : route.fileParts().get(0);
        String field = route.parameters().isEmpty() ? "name" : route.parameters().get(0);
        for (Map.Entry<String, Multipart> malformed : Multipart.hostile(file, field, route.parameters()).entrySet()) {
            probes.add(new Probe(visitor, route, "multipart: " + malformed.getKey(), route.method(), target,
                    malformed.getValue().contentType(), malformed.getValue().body()));
        }
        return probes;
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    private static String abbreviated(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + " characters)";
    }

    /** A multipart body as bytes, built by hand so that it can be broken on purpose. */
    record Multipart(String contentType, byte[] body) {

        private static final String BOUNDARY = "----hostile7MA4YWxkTrZu0gW";

        static Map<String, Multipart> hostile(String file, String field, List<String> fields) {
            Map<String, Multipart> bodies = new java.util.LinkedHashMap<>();
            String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\"a.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\nname\r\nx\r\n";
            bodies.put("no boundary", new Multipart("multipart/form-data", bytes(part + "--" + BOUNDARY + "--\r\n")));
            bodies.put("unterminated part", withBoundary(part.substring(0, part.length() - 2)));
            bodies.put("boundary never used", withBoundary("--other\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--other--\r\n"));
            bodies.put("no headers", withBoundary("--" + BOUNDARY + "\r\n\r\nvalue\r\n--" + BOUNDARY + "--\r\n"));
            bodies.put("bad UTF-8 file name", withBoundary(filePart(file, "\u00ff\u00fe\u00c3(.csv", "name\r\nx") + end()));
            bodies.put("NUL in file name", withBoundary(filePart(file, "a\0b.csv", "name\r\nx") + end()));
            bodies.put("path traversal in file name", withBoundary(filePart(file, "../../../etc/passwd", "name\r\nx") + end()));
            bodies.put("broken RFC 5987 file name", withBoundary("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                    + file + "\"; filename*=UTF-8''%FF%FE%C3%28.csv\r\nContent-Type: text/csv\r\n\r\nname\r\nx\r\n" + end()));
            bodies.put("NUL and broken bytes in the file", withBoundary(filePart(file, "a.csv",
                    "name,summary\r\n\0x,\u00ff\u00fe\r\n" + "z".repeat(70_000) + ",\0\r\n") + end()));
            StringBuilder nulFields = new StringBuilder();
            StringBuilder brokenFields = new StringBuilder();
            for (String name : fields.isEmpty() ? List.of(field) : fields) {
                nulFields.append(textPart(name, "a\0b"));
                brokenFields.append(textPart(name, "\u00ff\u00c3("));
            }
            bodies.put("NUL in every text field", withBoundary(nulFields + filePart(file, "a.csv", "name\r\nx") + end()));
            bodies.put("broken UTF-8 in every text field", withBoundary(brokenFields + filePart(file, "a.csv", "name\r\nx") + end()));
            return bodies;
        }

        private static String filePart(String name, String fileName, String content) {
            return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n";
        }

        private static String textPart(String name, String value) {
            return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
        }

        private static String end() {
            return "--" + BOUNDARY + "--\r\n";
        }

        private static Multipart withBoundary(String body) {
            return new Multipart("multipart/form-data; boundary=" + BOUNDARY, bytes(body));
        }

        /** Characters U+0000 to U+00FF become the bytes 0x00 to 0xFF, so broken UTF-8 is written as it is. */
        private static byte[] bytes(String text) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
            return out.toByteArray();
        }
    }
}
