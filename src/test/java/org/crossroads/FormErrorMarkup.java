package org.crossroads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How a page shows a form's errors (issue 12 §4, shared/content's fragments), checked on the page as sent: each field's
 * message ({@code .field-error}) has an id no other element has and says something; exactly one form control (an
 * input, a select, a text area, or the fieldset of a group of check boxes or radio buttons) names it in
 * {@code aria-describedby}, and that control is {@code aria-invalid="true"}; an error summary above it links to it
 * ({@code href="#<its id>"}). No summary link leads nowhere, no control is marked invalid without naming a message,
 * and no {@code aria-describedby} names an id the page does not have.
 */
public final class FormErrorMarkup {

    private FormErrorMarkup() {
    }

    /** What is wrong with the page's error markup, each line beginning with {@code where}; empty when nothing is. */
    public static List<String> problems(String where, Document page) {
        List<String> problems = new ArrayList<>();
        List<Element> all = page.getAllElements();
        for (Element error : page.select(".field-error")) {
            String id = error.id();
            if (id.isEmpty()) {
                problems.add(where + ": a field's message without an id: " + error.outerHtml());
                continue;
            }
            if (all.stream().filter(e -> e.id().equals(id)).count() != 1) {
                problems.add(where + ": more than one element has the id " + id);
            }
            if (error.text().isBlank()) {
                problems.add(where + ": #" + id + " says nothing");
            }
            List<Element> described = page.select("[aria-describedby]").stream()
                    .filter(e -> tokens(e.attr("aria-describedby")).contains(id)).toList();
            if (described.size() != 1) {
                problems.add(where + ": " + described.size() + " elements name #" + id + " in aria-describedby (one control should)");
            } else {
                Element control = described.get(0);
                if (!control.is("input, select, textarea, fieldset")) {
                    problems.add(where + ": #" + id + " describes a " + control.tagName() + ", not a form control");
                }
                if (!"true".equals(control.attr("aria-invalid"))) {
                    problems.add(where + ": the control described by #" + id + " is not aria-invalid=\"true\"");
                }
            }
            int at = all.indexOf(error);
            boolean linked = page.select(".error-summary a").stream()
                    .anyMatch(a -> a.attr("href").equals("#" + id) && all.indexOf(a) < at);
            if (!linked) {
                problems.add(where + ": no error summary above #" + id + " links to it");
            }
        }
        for (Element link : page.select(".error-summary a[href^=#]")) {
            if (page.getElementById(link.attr("href").substring(1)) == null) {
                problems.add(where + ": the error summary links to " + link.attr("href") + ", which is not on the page");
            }
        }
        for (Element invalid : page.select("[aria-invalid=true]")) {
            boolean says = tokens(invalid.attr("aria-describedby")).stream().map(page::getElementById)
                    .anyMatch(e -> e != null && e.hasClass("field-error"));
            if (!says) {
                problems.add(where + ": " + describe(invalid) + " is marked invalid but names no message");
            }
        }
        for (Element described : page.select("[aria-describedby]")) {
            for (String id : tokens(described.attr("aria-describedby"))) {
                if (page.getElementById(id) == null) {
                    problems.add(where + ": " + describe(described) + " names #" + id + ", which is not on the page");
                }
            }
        }
        return problems;
    }

    private static List<String> tokens(String attribute) {
        return attribute.isBlank() ? List.of() : Arrays.asList(attribute.strip().split("\\s+"));
    }

    private static String describe(Element e) {
        return "<" + e.tagName() + (e.id().isEmpty() ? "" : " id=" + e.id()) + (e.hasAttr("name") ? " name=" + e.attr("name") : "") + ">";
    }
}
