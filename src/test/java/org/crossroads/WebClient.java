package org.crossroads;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * One visitor of the running application over real HTTP, with its own session cookie and CSRF token, as a
 * browser would be: anonymous, or signed in through the login form. Redirects are not followed, so that
 * tests see where the application sends the visitor.
 */
public final class WebClient {

    private final int port;
    private final HttpClient http;
    private String csrf;

    private WebClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static WebClient anonymous(int port) {
        return new WebClient(port);
    }

    /** Signs in through the login form; fails when the application does not accept the login. */
    public static WebClient signedIn(int port, String username, String password) {
        WebClient client = new WebClient(port);
        HttpResponse<String> response = client.logIn(username, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Login of " + username + " refused: " + response.statusCode() + " " + location);
        }
        return client;
    }

    /** Posts the login form; returns the answer (a redirect) as it is. */
    public HttpResponse<String> logIn(String username, String password) {
        HttpResponse<String> answer = post("/login", Map.of("username", username, "password", password));
        csrf = null; // a successful login replaces the session's token
        return answer;
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, Map.of());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send("POST", path, form);
    }

    /** Any method; methods other than GET and HEAD carry the session's CSRF token, as the application's forms do. */
    public HttpResponse<String> send(String method, String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        boolean safe = method.equals("GET") || method.equals("HEAD");
        if (!safe) {
            fields.putIfAbsent("_csrf", csrf());
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept-Language", "en");
        if (safe) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form with one file, as a browser posts an upload form. */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName, byte[] file) {
        String boundary = "----crossroads-test-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", csrf());
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The session's CSRF token, read once from the login page's form. */
    public String csrf() {
        if (csrf == null) {
            HttpResponse<String> login = get("/login");
            csrf = Jsoup.parse(login.body()).select("input[name=_csrf]").attr("value");
        }
        return csrf;
    }
}
