package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PlatformStartsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reportsHealthUp() throws Exception {
        var response = get("/actuator/health", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void servesTheHomePageInTheBrowsersLanguage() throws Exception {
        assertThat(get("/", "fr-FR,fr;q=0.9").body()).contains("Qui fait quoi, où").contains("lang=\"fr\"");
    }

    @Test
    void arabicPagesAreRightToLeft() throws Exception {
        var body = get("/?lang=ar", "en").body();
        assertThat(body).contains("dir=\"rtl\"").contains("lang=\"ar\"");
    }

    @Test
    void unsupportedLanguagesFallBackToEnglish() throws Exception {
        assertThat(get("/", "de-DE").body()).contains("lang=\"en\"").contains("Who does what, where");
    }
}
