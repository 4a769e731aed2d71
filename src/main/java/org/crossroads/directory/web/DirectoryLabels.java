package org.crossroads.directory.web;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.crossroads.shared.vocabulary.Term;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/** Labels that directory templates show: country names and vocabulary terms in the reader's language. */
@Component("directoryLabels")
public class DirectoryLabels {

    private final Vocabularies vocabularies;

    DirectoryLabels(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    public String country(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    public String term(String vocabulary, String code, Locale locale) {
        return vocabularies.label(vocabulary, code, locale);
    }

    public Collection<Term> terms(String vocabulary) {
        return vocabularies.terms(vocabulary);
    }

    /** Country options, sorted by their name in the reader's language. */
    public List<Option> countries(Collection<String> codes, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return codes.stream().map(c -> new Option(c, country(c, locale)))
                .sorted(Comparator.comparing(Option::label, collator)).toList();
    }

    public List<Option> allCountries(Locale locale) {
        return countries(List.of(Locale.getISOCountries()), locale);
    }

    public record Option(String code, String label) {
    }
}
