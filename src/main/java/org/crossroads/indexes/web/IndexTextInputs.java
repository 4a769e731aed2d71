package org.crossroads.indexes.web;

import java.util.List;

/** The languages of an index's texts, as the builder's forms ask for them: one input each. */
final class IndexTextInputs {

    /** @param rtl written right to left */
    record Language(String code, boolean rtl) {}

    static final List<Language> LANGUAGES = List.of(new Language("en", false), new Language("fr", false),
            new Language("ar", true), new Language("es", false));

    private IndexTextInputs() {
    }
}
