package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** {@link FormErrorMarkup} accepts a form that reports its errors as issue 12 §4 says, and names each way to miss it. */
class FormErrorMarkupTest {

    private static final String SUMMARY = """
            <div class="error-summary" id="error-summary" role="alert"><p>1 field</p>
              <ul class="error-links"><li><a href="#err-name">Name: required</a></li></ul></div>""";

    @Test
    void aFieldTiedToItsMessageAndListedAtTheTopPasses() {
        assertThat(FormErrorMarkup.problems("ok", Jsoup.parse(SUMMARY + """
                <form><label for="name">Name</label>
                  <input id="name" name="name" aria-invalid="true" aria-describedby="name-hint err-name">
                  <small id="name-hint">As written</small><span class="field-error" id="err-name"><span>Required</span></span>
                  <fieldset aria-describedby="group-hint"><legend>Themes</legend><small id="group-hint">Any</small></fieldset>
                </form>"""))).isEmpty();
    }

    @Test
    void eachWayOfMissingItIsNamed() {
        assertThat(FormErrorMarkup.problems("no id", Jsoup.parse(SUMMARY + """
                <input id="name" aria-invalid="true"><span class="field-error">Required</span>""")))
                .anyMatch(p -> p.contains("without an id")).anyMatch(p -> p.contains("names no message"));
        assertThat(FormErrorMarkup.problems("not described", Jsoup.parse(SUMMARY + """
                <input id="name"><span class="field-error" id="err-name">Required</span>""")))
                .anyMatch(p -> p.contains("0 elements name #err-name"));
        assertThat(FormErrorMarkup.problems("not invalid", Jsoup.parse(SUMMARY + """
                <input id="name" aria-describedby="err-name"><span class="field-error" id="err-name">Required</span>""")))
                .containsExactly("not invalid: the control described by #err-name is not aria-invalid=\"true\"");
        assertThat(FormErrorMarkup.problems("twice", Jsoup.parse(SUMMARY + """
                <input id="a" aria-invalid="true" aria-describedby="err-name"><input id="b" aria-invalid="true" aria-describedby="err-name">
                <span class="field-error" id="err-name">Required</span>""")))
                .anyMatch(p -> p.contains("2 elements name #err-name"));
        assertThat(FormErrorMarkup.problems("not a control", Jsoup.parse(SUMMARY + """
                <div aria-invalid="true" aria-describedby="err-name"></div><span class="field-error" id="err-name">Required</span>""")))
                .anyMatch(p -> p.contains("describes a div"));
        assertThat(FormErrorMarkup.problems("no summary", Jsoup.parse("""
                <input id="name" aria-invalid="true" aria-describedby="err-name"><span class="field-error" id="err-name">Required</span>""")))
                .containsExactly("no summary: no error summary above #err-name links to it");
        assertThat(FormErrorMarkup.problems("summary below", Jsoup.parse("""
                <input id="name" aria-invalid="true" aria-describedby="err-name"><span class="field-error" id="err-name">Required</span>"""
                + SUMMARY))).containsExactly("summary below: no error summary above #err-name links to it");
        assertThat(FormErrorMarkup.problems("same id", Jsoup.parse(SUMMARY + """
                <input id="name" aria-invalid="true" aria-describedby="err-name"><span class="field-error" id="err-name">Required</span>
                <span class="field-error" id="err-name">Too long</span>""")))
                .anyMatch(p -> p.contains("more than one element has the id err-name"));
        assertThat(FormErrorMarkup.problems("link to nothing", Jsoup.parse(SUMMARY)))
                .containsExactly("link to nothing: the error summary links to #err-name, which is not on the page");
        assertThat(FormErrorMarkup.problems("missing hint", Jsoup.parse("<input id=\"name\" aria-describedby=\"name-hint\">")))
                .containsExactly("missing hint: <input id=name> names #name-hint, which is not on the page");
    }
}
