package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An integration test that sends requests to the application through MockMvc, with Spring Security's filters in
 * place (so {@code .with(user(...))} and {@code .with(csrf())} work as in a real request). {@link #mvc} is built
 * before each test. The helpers read a response whatever its status: a test that expects a status says so itself.
 */
@IntegrationTest
public abstract class WebTest {

    @Autowired protected WebApplicationContext context;

    /** The application behind Spring Security, rebuilt for each test. */
    protected MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** The response to the request, whatever its status. */
    protected MockHttpServletResponse response(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The status the request is answered with. */
    protected int status(RequestBuilder request) throws Exception {
        return response(request).getStatus();
    }

    /** The body of the answer to the request, read as UTF-8, whatever its status. */
    protected String body(RequestBuilder request) throws Exception {
        return response(request).getContentAsString(StandardCharsets.UTF_8);
    }

    /** The answer to the request parsed as an HTML page, whatever its status. */
    protected Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(body(request));
    }

    /** The body of the answer to the request, read as UTF-8, which must have the status 200. */
    protected String okBody(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = response(request);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as("status of %s, answering%n%s", request, body).isEqualTo(200);
        return body;
    }

    /** The answer to the request parsed as an HTML page, which must have the status 200. */
    protected Document okPage(RequestBuilder request) throws Exception {
        return Jsoup.parse(okBody(request));
    }
}
