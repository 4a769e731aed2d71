package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route under {@code /api/} appears in the OpenAPI document ({@code /api-docs}) with its method, and
 * every request parameter its handler reads is listed there with a description, so that an API route added
 * later is documented or this test says which. Routes come from Spring's handler mappings.
 */
@IntegrationTest
class OpenApiCoversEveryApiRouteTest extends WebTest {

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired JsonMapper json;

    @Test
    void everyApiRouteIsDocumentedWithItsParametersDescribed() throws Exception {
        JsonNode paths = json.readTree(mvc.perform(get("/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("paths");
        List<String> undocumented = new ArrayList<>();
        TreeSet<String> undescribed = new TreeSet<>();
        int checked = 0;
        for (MappedRoutes.Route route : MappedRoutes.of(mapping)) {
            if (!route.pattern().startsWith("/api/")) {
                continue;
            }
            checked++;
            String path = openApiPath(route.pattern());
            JsonNode operation = paths.path(path).path(route.method().toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) {
                undocumented.add(route.method() + " " + path);
                continue;
            }
            List<String> declared = new ArrayList<>(route.parameters());
            declared.addAll(route.variables());
            for (String name : declared) {
                JsonNode parameter = null;
                for (JsonNode p : operation.path("parameters")) {
                    if (p.path("name").asString().equals(name)) {
                        parameter = p;
                    }
                }
                boolean inBody = operation.has("requestBody");
                if (parameter == null && !inBody) {
                    undescribed.add(route.method() + " " + path + " " + name + ": not listed");
                } else if (parameter != null && parameter.path("description").asString("").isBlank()
                        && !route.variables().contains(name)) {
                    undescribed.add(route.method() + " " + path + " " + name + ": no description");
                }
            }
        }
        assertThat(checked).as("API routes").isGreaterThan(20);
        assertThat(undocumented).as("API routes missing from /api-docs").isEmpty();
        assertThat(undescribed).as("API parameters not described in /api-docs").isEmpty();
    }

    /** {@code /api/needs/{id:\d+}} as OpenAPI writes it: {@code /api/needs/{id}}. */
    static String openApiPath(String pattern) {
        return pattern.replaceAll("\\{([A-Za-z0-9_]+):[^}]*}", "{$1}");
    }
}
