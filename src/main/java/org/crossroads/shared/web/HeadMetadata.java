package org.crossroads.shared.web;

import java.util.List;

/**
 * What a page tells search engines and reference managers about its subject, in its head: {@code <meta>} elements
 * (Dublin Core's {@code DC.title}, {@code DC.creator}…) and one schema.org JSON-LD object. A controller puts it in
 * the model as {@code headMetadata}; the layout writes it. The JSON is written by the caller with Jackson and made
 * safe inside {@code <script>} here.
 */
public record HeadMetadata(List<Meta> metas, String jsonLd) {

    public HeadMetadata {
        metas = List.copyOf(metas);
    }

    /** One {@code <meta name content>}; {@code lang} is the language of the content, or null. */
    public record Meta(String name, String content, String lang) {}

    /** The JSON-LD with every {@code <}, {@code >} and {@code &} escaped, so no value can close the script element. */
    public String scriptSafeJsonLd() {
        return jsonLd == null ? null : jsonLd.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
