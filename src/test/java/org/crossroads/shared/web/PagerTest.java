package org.crossroads.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The numbered pager: which pages it links, how it writes their addresses, and a page past the last. */
class PagerTest {

    static MockHttpServletRequest request(String path, String... parameters) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        for (int i = 0; i < parameters.length; i += 2) {
            request.addParameter(parameters[i], parameters[i + 1]);
        }
        return request;
    }

    static List<String> shown(Pager pager) {
        return pager.items().stream().map(i -> i.gap() ? "…" : i.current() ? "[" + i.number() + "]" : Integer.toString(i.number()))
                .toList();
    }

    @Test
    void linksTheFirstAndLastPagesAndTwoOnEitherSideOfTheCurrentOneWithGapsBetween() {
        Pager pager = Pager.countingFromOne(request("/initiatives", "page", "10"), 10, 400, 20);
        assertThat(pager.pages()).isEqualTo(20);
        assertThat(shown(pager)).containsExactly("1", "…", "8", "9", "[10]", "11", "12", "…", "20");
        assertThat(pager.previous()).isEqualTo("/initiatives?page=9");
        assertThat(pager.next()).isEqualTo("/initiatives?page=11");
    }

    @Test
    void aGapThatWouldHideOnePageShowsThatPageInstead() {
        assertThat(shown(Pager.countingFromOne(request("/library"), 4, 200, 20))).containsExactly("1", "2", "3", "[4]", "5", "6", "…", "10");
        assertThat(shown(Pager.countingFromOne(request("/library"), 1, 200, 20))).containsExactly("[1]", "2", "3", "…", "10");
        assertThat(shown(Pager.countingFromOne(request("/library"), 3, 60, 20))).containsExactly("1", "2", "[3]");
    }

    @Test
    void keepsEveryOtherParameterEncodedAndReplacesOnlyThePage() {
        Pager pager = Pager.countingFromOne(request("/initiatives", "q", "jeunes & réfugiés+", "theme", "housing",
                "theme", "education", "sort", "name", "country", "", "page", "2"), 2, 100, 20);
        assertThat(pager.next()).isEqualTo("/initiatives?q=jeunes%20%26%20r%C3%A9fugi%C3%A9s%2B&theme=housing&theme=education&sort=name&page=3");
        // the first page's address has no page parameter, like the list's own link
        assertThat(pager.previous()).isEqualTo("/initiatives?q=jeunes%20%26%20r%C3%A9fugi%C3%A9s%2B&theme=housing&theme=education&sort=name");
    }

    @Test
    void listsCountingPagesFromZeroGetAddressesCountingFromZero() {
        Pager pager = Pager.countingFromZero(request("/cities", "q", "sa", "page", "1"), 1, 45, 20);
        assertThat(pager.page()).isEqualTo(2);
        assertThat(shown(pager)).containsExactly("1", "[2]", "3");
        assertThat(pager.previous()).isEqualTo("/cities?q=sa");
        assertThat(pager.next()).isEqualTo("/cities?q=sa&page=2");
        assertThat(pager.first()).isEqualTo(21);
        assertThat(pager.last()).isEqualTo(40);
    }

    @Test
    void aPagePastTheLastShowsNothingAndLeadsBackToTheLastPage() {
        Pager pager = Pager.countingFromOne(request("/events", "page", "9"), 9, 45, 20);
        assertThat(pager.pastEnd()).isTrue();
        assertThat(pager.shown()).isTrue();
        assertThat(shown(pager)).containsExactly("1", "2", "3");
        assertThat(pager.previous()).isEqualTo("/events?page=3");
        assertThat(pager.next()).isNull();
    }

    @Test
    void aListOnOnePageOrEmptyHasNoPager() {
        assertThat(Pager.countingFromOne(request("/needs"), 1, 12, 50).shown()).isFalse();
        Pager empty = Pager.countingFromOne(request("/needs", "page", "3"), 3, 0, 50);
        assertThat(empty.shown()).isFalse();
        assertThat(empty.pastEnd()).isFalse();
        assertThat(empty.items()).isEmpty();
    }
}
