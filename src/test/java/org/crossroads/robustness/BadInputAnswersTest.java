package org.crossroads.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.crossroads.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a sender of bad input reads: a page in their language or an API problem, with status 400 and the
 * field named (decision 0011); an unknown or impossible id stays a plain 404.
 */
@IntegrationTest
class BadInputAnswersTest {

    private static final String BOUNDARY = "----bad-input-boundary";

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(String pathAndQuery, String accept, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", accept).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aNulCharacterInAPageParameterIsRefusedInTheReadersLanguageNamingTheField() throws Exception {
        HttpResponse<String> french = get("/cities?country=a%00b", "text/html", "fr");
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(french.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        var page = Jsoup.parse(french.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select(".problem").text()).contains("« country »").contains("caractère NUL");

        HttpResponse<String> arabic = get("/cities?country=a%00b", "text/html", "ar");
        assertThat(Jsoup.parse(arabic.body()).select("html").attr("dir")).isEqualTo("rtl");
        assertThat(Jsoup.parse(arabic.body()).select(".problem").text()).contains("«country»").contains("NUL");
    }

    @Test
    void theApiAnswersAProblemNamingTheParameter() throws Exception {
        for (String bad : new String[] {"/api/cities?q=a%00b", "/api/memberships?place=99999999999999999999",
                "/api/memberships?place=abc", "/api/cities?q=%FF"}) {
            HttpResponse<String> response = get(bad, "*/*", "en");
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(bad).hasValue("application/problem+json");
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            if (!bad.contains("%FF")) {
                assertThat(problem.get("parameter").asString()).as(bad).isEqualTo(bad.replaceAll(".*\\?(\\w+)=.*", "$1"));
            }
        }
    }

    @Test
    void aWordOrAHugeNumberForANumericPageParameterIsA400NamingIt() throws Exception {
        for (String bad : new String[] {"/events?year=abc", "/events?year=99999999999999999999", "/initiatives?gcm=abc",
                "/initiatives.csv?network=abc"}) {
            HttpResponse<String> response = get(bad, "text/html", "es");
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            String parameter = bad.replaceAll(".*\\?(\\w+)=.*", "$1");
            assertThat(Jsoup.parse(response.body()).select(".problem").text()).as(bad)
                    .isEqualTo("El valor indicado para «" + parameter + "» no es válido. Revíselo e inténtelo de nuevo.");
        }
        assertThat(get("/api/initiatives?gcm=abc", "*/*", "en").statusCode()).isEqualTo(400);
    }

    @Test
    void impossibleAndUnknownIdsInThePathStayNotFound() throws Exception {
        assertThat(get("/cities/99999999999999999999", "text/html", "en").statusCode()).isEqualTo(404);
        assertThat(get("/cities/999999999", "text/html", "en").statusCode()).isEqualTo(404);
        HttpResponse<String> api = get("/api/organisations/abc", "*/*", "en");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get("/no/such/page", "text/html", "es").body()).contains("Página no encontrada");
    }

    @Test
    void malformedMultipartOnTheAnonymousSurveyLinkIsA400() throws Exception {
        String token = "/respond/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdef";
        String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx";
        assertThat(post(token, "multipart/form-data", bytes(part + "\r\n--" + BOUNDARY + "--\r\n")).statusCode())
                .as("no boundary").isEqualTo(400);
        HttpResponse<String> unterminated = post(token, "multipart/form-data; boundary=" + BOUNDARY, bytes(part));
        assertThat(unterminated.statusCode()).as("unterminated part").isEqualTo(400);
        assertThat(Jsoup.parse(unterminated.body()).select(".problem").text()).contains("multipart");
        String badName = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\u00ff\u00fe.csv\"\r\n\r\nx\r\n--"
                + BOUNDARY + "--\r\n";
        HttpResponse<String> name = post(token, "multipart/form-data; boundary=" + BOUNDARY, bytes(badName));
        assertThat(name.statusCode()).as("file name not UTF-8").isEqualTo(400);
        assertThat(Jsoup.parse(name.body()).select(".problem").text()).contains("“file”");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
