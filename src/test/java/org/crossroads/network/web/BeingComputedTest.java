package org.crossroads.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.crossroads.IntegrationTest;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.NetworkSettings;
import org.crossroads.network.internal.SnapshotComputation;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.ViewResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Before the first graph is computed the page says so (200, in the reader's language), never a server
 * error: the page runs here on a graph that has not been computed yet.
 */
@IntegrationTest
class BeingComputedTest {

    @Autowired ApplicationContext context;
    @Autowired SnapshotComputation computation;
    @Autowired NetworkSettings settings;
    @Autowired Vocabularies vocabularies;

    @Test
    void thePageSaysTheGraphIsBeingComputed() throws Exception {
        CooperationNetwork notYetComputed = new CooperationNetwork(computation, settings, context);
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new UnderConnectedController(notYetComputed, vocabularies))
                .setControllerAdvice(context.getBean("layoutModel"))
                .setViewResolvers(viewResolver()).build();
        var response = mvc.perform(get("/network/under-connected").param("route", "central_med")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("[role=status]").text()).startsWith("The cooperation graph is being computed.");
        assertThat(page.select("table")).isEmpty();
    }

    /** The application's templates, through a resolver of this test's own (the application's belongs to its context). */
    private ViewResolver viewResolver() {
        ThymeleafViewResolver resolver = new ThymeleafViewResolver();
        resolver.setTemplateEngine(context.getBean(SpringTemplateEngine.class));
        resolver.setCharacterEncoding("UTF-8");
        return resolver;
    }
}
