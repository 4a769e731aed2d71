package org.crossroads.robustness;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone sending requests over real HTTP: anonymous, or an administrator signed in through the login
 * form who sends the session's CSRF token with every change (as a header, so it is read even when the
 * body cannot be parsed).
 */
final class Visitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final String name;
    private String csrf;

    private Visitor(String base, String name, boolean keepsCookies) {
        this.base = base;
        this.name = name;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10));
        if (keepsCookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.http = builder.build();
    }

    static Visitor anonymous(int port) {
        return new Visitor("http://localhost:" + port, "anonymous", false);
    }

    static Visitor administrator(int port, String username, String password) throws IOException, InterruptedException {
        Visitor visitor = new Visitor("http://localhost:" + port, "administrator", true);
        String token = visitor.csrfTokenOf("/login");
        String form = "username=" + username + "&password=" + password + "&_csrf=" + token;
        int status = visitor.send("POST", "/login", "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8)).statusCode();
        if (status != 302) {
            throw new IllegalStateException("login answered " + status);
        }
        // the token changes at login: read the new one from a page with a form (the layout's log-out button)
        visitor.csrf = visitor.csrfTokenOf("/admin/accounts");
        return visitor;
    }

    private String csrfTokenOf(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + path + " (" + page.statusCode() + ")");
        }
        return m.group(1);
    }

    String name() {
        return name;
    }

    String csrf() {
        return csrf;
    }

    /**
     * Sends a request line with raw bytes (not percent-encoded: 0xFF, a lone UTF-8 lead byte, a NUL) over a plain
     * socket, which no HTTP client library would send, and returns the status the server answers.
     */
    int sendRaw(String method, String path, byte[] rawQuery) throws IOException {
        URI uri = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.ByteArrayOutputStream request = new java.io.ByteArrayOutputStream();
            request.writeBytes((method + " " + path + "?").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(rawQuery);
            request.writeBytes((" HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nAccept: text/html\r\n"
                    + (method.equals("GET") ? "" : "Content-Length: 0\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();
            java.io.BufferedReader answer = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String statusLine = answer.readLine();
            if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
                throw new IOException("no HTTP answer: " + statusLine);
            }
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    /** Sends the request as given: {@code pathAndQuery} must already be percent-encoded (or deliberately broken). */
    HttpResponse<Void> send(String method, String pathAndQuery, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (csrf != null && !method.equals("GET")) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }
}
