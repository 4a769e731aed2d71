package org.crossroads.shared.help;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossroads.shared.web.Languages;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The glossary of the terms pages use (intermediary city, outcome harvesting, small-count protection, HXL…), one
 * {@code help/<language>/glossary.csv} per language with the same ids; a term not yet translated is given in English.
 */
@Service
public class Glossary {

    /** A term: its stable id (the anchor pages link to), its name and definition, and their language. */
    public record Term(String id, String term, String definition, String language) {}

    private final Map<String, Map<String, Term>> byLanguage = new ConcurrentHashMap<>();

    /** Every term in the English file's order, each in the reader's language where translated. */
    public List<Term> terms(Locale reader) {
        Map<String, Term> local = read(Languages.supportedOrEnglish(reader).getLanguage());
        List<Term> terms = new ArrayList<>();
        read("en").forEach((id, english) -> terms.add(local.getOrDefault(id, english)));
        return terms;
    }

    private Map<String, Term> read(String language) {
        return byLanguage.computeIfAbsent(language, l -> {
            Map<String, Term> terms = new LinkedHashMap<>();
            ClassPathResource file = new ClassPathResource("help/" + l + "/glossary.csv");
            if (!file.exists()) {
                return terms;
            }
            try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    terms.put(row.get("id"), new Term(row.get("id"), row.get("term").strip(), row.get("definition").strip(), l));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return terms;
        });
    }
}
