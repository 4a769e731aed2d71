package org.crossroads.shared.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Help pages and the glossary, in four languages, and every link a page makes to a glossary term (issue 12 §3). */
@IntegrationTest
class HelpPagesTest extends WebTest {

    static final List<String> LANGUAGES = List.of("en", "fr", "ar", "es");

    @Autowired Glossary glossary;
    @Autowired HelpTopics topics;

    Document page(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void everyTopicAndTheGlossaryReadInEveryLanguage() throws Exception {
        for (String lang : LANGUAGES) {
            Document index = page("/help?lang=" + lang);
            assertThat(index.select("#help-topics a")).as(lang).hasSize(HelpTopics.TOPICS.size() + 1);
            for (String topic : HelpTopics.TOPICS) {
                Document help = page("/help/" + topic + "?lang=" + lang);
                assertThat(help.select("section.help h2")).as(topic + " " + lang).isNotEmpty();
                assertThat(help.select(".content-mark")).as(topic + " " + lang + " is translated").isEmpty();
                assertThat(topics.page(topic, Locale.forLanguageTag(lang)).orElseThrow().language()).isEqualTo(lang);
            }
            Document terms = page("/help/glossary?lang=" + lang);
            assertThat(terms.select("#glossary dt")).as(lang).hasSizeGreaterThanOrEqualTo(20);
            assertThat(glossary.terms(Locale.forLanguageTag(lang))).as(lang + ": every term translated")
                    .allMatch(t -> t.language().equals(lang));
        }
        assertThat(mvc.perform(get("/help/no-such-topic")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    /** Every template that links a glossary term links one the glossary has (the next link is covered too). */
    @Test
    void everyGlossaryLinkInTheTemplatesLeadsToATerm() throws IOException {
        Set<String> ids = glossary.terms(Locale.ENGLISH).stream().map(Glossary.Term::id).collect(Collectors.toSet());
        Pattern link = Pattern.compile("/help/glossary[^#\"]*#([a-z0-9-]+)");
        List<String> linked;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            linked = files.filter(f -> f.toString().endsWith(".html")).flatMap(f -> {
                try {
                    Matcher m = link.matcher(Files.readString(f));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(linked).hasSizeGreaterThanOrEqualTo(5);
        assertThat(ids).containsAll(linked);
    }
}
