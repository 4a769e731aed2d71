package org.crossroads.data;

import java.util.List;
import java.util.Optional;
import org.crossroads.shared.vocabulary.LocalText;

/** A reusable way to break values down, with its categories (sex: female, male; age group: 0_14, 15_24…). */
public record Dimension(long id, String code, LocalText name, List<Category> categories) {

    public Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public record Category(String code, LocalText name, int position) {
    }
}
