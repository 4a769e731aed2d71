package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import org.crossroads.shared.vocabulary.MatchKey;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One page of a public list as a reader gets it over HTTP, read through the parts every list shares
 * (templates/shared/lists.html): the sort control, the sentence with the count and order, and the numbered pager.
 */
public record ListPage(String path, Document document) {

    /**
     * Names in A–Z order as readers expect: without case, accents or Arabic letter variants (MatchKey.letters, as
     * {@code crossroads_normalise}), the punctuation a title may open with ignored, letters in code point order.
     */
    public static final Comparator<String> BY_NAME = Comparator.comparing(name -> MatchKey.letters(name)
            .replaceFirst("^[ ¿¡«»\"'“”‘’(\\[\\-–—.…]+", "")
            // PostgreSQL's unaccent, under the lists' name key, writes typographic quotes and dashes as ASCII ones
            .replaceAll("[‘’‚‛]", "'").replaceAll("[“”„]", "\"").replaceAll("[–—]", "-"));

    public static ListPage of(WebClient reader, String path) {
        HttpResponse<String> response = reader.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new ListPage(path, Jsoup.parse(response.body()));
    }

    /** The texts of the elements the selector picks among the results (names, dates). */
    public List<String> texts(String selector) {
        return document.select(selector).eachText();
    }

    /** How many records the list holds, as the status says it in {@code data-total}. */
    public long total() {
        Element status = document.selectFirst("#list-status[role=status]");
        assertThat(status).as(path + ": the list's status").isNotNull();
        return Long.parseLong(status.attr("data-total"));
    }

    public String status() {
        return document.select("#list-status").text();
    }

    /** The order the sort control shows as chosen. */
    public String sort() {
        return document.select("select#list-sort[name=sort] option[selected]").attr("value");
    }

    public List<String> sortChoices() {
        return document.select("select#list-sort[name=sort] option").eachAttr("value");
    }

    /** The sort control sits in a form that submits with a button of its own, without JavaScript. */
    public boolean sortsWithoutScript() {
        Element select = document.selectFirst("select#list-sort[name=sort]");
        return select != null && select.closest("form") != null && select.closest("form").attr("method").equalsIgnoreCase("get")
                && select.parent().selectFirst("button[type=submit]") != null;
    }

    public Element pager() {
        return document.selectFirst("nav.pager[aria-label]");
    }

    /** The addresses the pager links to, previous and next included. */
    public List<String> pagerLinks() {
        Element pager = pager();
        return pager == null ? List.of() : pager.select("a[href]").eachAttr("href");
    }

    /** The page the pager marks as the current one, or "" when none is (a page past the last). */
    public String currentPage() {
        Element pager = pager();
        return pager == null ? "" : pager.select("a[aria-current=page]").text();
    }

    public String link(String rel) {
        Element pager = pager();
        return pager == null ? null : pager.select("a[rel=" + rel + "]").attr("href");
    }
}
