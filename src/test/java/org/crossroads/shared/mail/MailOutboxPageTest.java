package org.crossroads.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** The administrators' outbox page: only for administrators, recipients half hidden, a button to send now. */
@IntegrationTest
class MailOutboxPageTest extends WebTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(29425, "localhost", ServerSetup.PROTOCOL_SMTP));

    @Autowired MailOutbox outbox;

    @Test
    void onlyAdministratorsSeeTheOutbox() throws Exception {
        assertThat(mvc.perform(get("/admin/mail")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/admin/mail").with(user("editor").roles("CONTRIBUTOR"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/admin/mail/dispatch").with(user("editor").roles("CONTRIBUTOR")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theAdministratorSeesMaskedRecipientsAndSendsDueMailNow() throws Exception {
        outbox.enqueue(OutgoingMail.text("fatima.zahra@sfax-page.example", "Enquête sur la coopération", "Bonjour", "fr",
                "survey-invitation", null));
        MockHttpSession admin = logIn("admin", "admin-password-for-tests");

        Document page = page(mvc.perform(get("/admin/mail").session(admin).header("Accept-Language", "fr")).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Courriels sortants");
        assertThat(page.select("#mail-entries").text()).contains("f***@sfax-page.example", "Enquête sur la coopération")
                .doesNotContain("fatima.zahra");
        assertThat(page.select("a[href=/admin/mail]")).isNotEmpty();
        assertThat(mvc.perform(post("/admin/mail/dispatch").session(admin)).andReturn().getResponse().getStatus())
                .as("no CSRF token").isEqualTo(403);

        MvcResult sent = mvc.perform(post("/admin/mail/dispatch").session(admin).with(csrf())).andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/admin/mail");
        assertThat(smtp.getReceivedMessagesForDomain("sfax-page.example")).hasSize(1);
        Document after = page(mvc.perform(get("/admin/mail").session(admin).flashAttrs(sent.getFlashMap())).andReturn());
        assertThat(after.select(".notice").text()).isNotBlank();
        assertThat(Long.parseLong(after.select("#mail-sent").text())).isPositive();
    }

    private MockHttpSession logIn(String username, String password) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private static Document page(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
