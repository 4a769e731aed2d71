package org.crossroads.shared.tabular;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of an export or template: its name, its HXL hashtag ("" when it has none), an example
 * value for templates ("" when none) and the vocabulary its values come from ("" when free), so that
 * the import pages can list every accepted value.
 */
public record Column(String name, String hashtag, String example, String vocabulary) {

    public Column {
        hashtag = hashtag == null ? "" : hashtag;
        example = example == null ? "" : example;
        vocabulary = vocabulary == null ? "" : vocabulary;
    }

    public Column(String name, String hashtag, String example) {
        this(name, hashtag, example, "");
    }

    /** The same column, its values taken from the given vocabulary. */
    public Column withVocabulary(String vocabularyName) {
        return new Column(name, hashtag, example, vocabularyName);
    }

    public boolean hasVocabulary() {
        return !vocabulary.isBlank();
    }

    public static Column of(String name, String hashtag) {
        return new Column(name, hashtag, "");
    }

    /** The hashtag-to-column map a {@link TabularReader} needs to read a file that starts with hashtags. */
    public static Map<String, String> columnByHashtag(List<Column> columns) {
        Map<String, String> map = new LinkedHashMap<>();
        columns.stream().filter(c -> !c.hashtag().isBlank()).forEach(c -> map.put(c.hashtag(), c.name()));
        return map;
    }

    static boolean anyHashtag(List<Column> columns) {
        return columns.stream().anyMatch(c -> !c.hashtag().isBlank());
    }
}
