package org.crossroads.learning.capabilities;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a capability framework from a CSV file: one row per indicator with its capability
 * ({@code capability, capability_en…, indicator, level, indicator_en…}; see
 * {@code learning/five-core-capabilities.csv}). All rows or none are stored.
 */
@Service
public class CapabilityFrameworkImport {

    private static final List<String> LANGUAGES = List.of("en", "fr", "ar", "es");
    private static final Set<String> LEVELS = Set.of("individual", "institutional", "collective");

    private final CapabilityFrameworks frameworks;

    CapabilityFrameworkImport(CapabilityFrameworks frameworks) {
        this.frameworks = frameworks;
    }

    @Transactional
    public long load(String code, Map<String, String> name, String source, InputStream csv) throws IOException {
        if (frameworks.findByCode(code).isPresent()) {
            throw InvalidEntryException.of("code", "learning.error.duplicateFramework", code);
        }
        long frameworkId = frameworks.insertFramework(code, name, source, 5);
        Map<String, Long> capabilities = new LinkedHashMap<>();
        Map<String, Integer> indicatorsPerCapability = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                String capability = row.get("capability").strip();
                String level = row.get("level").strip();
                if (capability.isEmpty() || !LEVELS.contains(level) || row.get("indicator").isBlank() || row.get("indicator_en").isBlank()) {
                    throw new InvalidEntryException(List.of(FieldError.of("row " + row.getRecordNumber(),
                            "learning.error.frameworkRow", row.getRecordNumber())));
                }
                Long capabilityId = capabilities.get(capability);
                if (capabilityId == null) {
                    capabilityId = frameworks.insertCapability(frameworkId, capability, capabilities.size() + 1,
                            texts(row, "capability_"));
                    capabilities.put(capability, capabilityId);
                }
                int position = indicatorsPerCapability.merge(capability, 1, Integer::sum);
                frameworks.insertIndicator(capabilityId, row.get("indicator").strip(), level, position, texts(row, "indicator_"));
            }
        }
        return frameworkId;
    }

    private static Map<String, String> texts(CSVRecord row, String prefix) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            if (row.isMapped(prefix + language) && !row.get(prefix + language).isBlank()) {
                texts.put(language, row.get(prefix + language).strip());
            }
        }
        return texts;
    }
}
