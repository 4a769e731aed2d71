package org.crossroads.directory.web;

import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to other pages of a list, keeping its non-empty filters. */
final class PageLinks {

    private PageLinks() {
    }

    static String to(String path, Map<String, String> filters, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
