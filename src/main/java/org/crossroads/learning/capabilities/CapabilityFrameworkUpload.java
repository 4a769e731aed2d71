package org.crossroads.learning.capabilities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator adds a capability framework from a CSV file in the format of
 * {@code learning/five-core-capabilities.csv}. Everything that can be checked before
 * {@link CapabilityFrameworkImport#load} is checked here, so the administrator learns every problem at
 * once: the code and names, the file's columns, and indicator codes (unique across all frameworks).
 */
@Service
public class CapabilityFrameworkUpload {

    static final int MAX_BYTES = 1_000_000;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    private static final List<String> COLUMNS = List.of("capability", "indicator", "level", "indicator_en");

    private final CapabilityFrameworkImport frameworkImport;
    private final CapabilityFrameworks frameworks;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CapabilityFrameworkUpload(CapabilityFrameworkImport frameworkImport, CapabilityFrameworks frameworks, JdbcClient jdbc,
            AuditTrail audit) {
        this.frameworkImport = frameworkImport;
        this.frameworks = frameworks;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * @param names the framework's name by language (en required; fr, ar, es)
     * @return the new framework's id
     * @throws InvalidEntryException naming {@code code}, {@code name_en}, {@code source}, {@code file} or
     *     {@code row N}; nothing is stored
     */
    @Transactional
    public long add(String code, Map<String, String> names, String source, InputStream csv, Editor editor) {
        if (!editor.isAdministrator()) {
            throw new AccessDeniedException("Only administrators add capability frameworks");
        }
        List<FieldError> errors = new ArrayList<>();
        String cleanCode = code == null ? "" : code.strip();
        if (!CODE.matcher(cleanCode).matches()) {
            errors.add(FieldError.of("code", "capabilities.error.frameworkCode", cleanCode));
        } else if (frameworks.findByCode(cleanCode).isPresent()) {
            errors.add(FieldError.of("code", "learning.error.duplicateFramework", cleanCode));
        }
        Map<String, String> cleanNames = new LinkedHashMap<>();
        names.forEach((language, name) -> {
            if (name != null && !name.isBlank()) {
                cleanNames.put(language, name.strip());
            }
        });
        if (!cleanNames.containsKey("en")) {
            errors.add(FieldError.of("name_en", "capabilities.error.required"));
        }
        cleanNames.forEach((language, name) -> {
            if (name.length() > 300) {
                errors.add(FieldError.of("name_" + language, "capabilities.error.tooLong", "300"));
            }
        });
        String cleanSource = source == null ? "" : source.strip();
        if (cleanSource.isEmpty()) {
            errors.add(FieldError.of("source", "capabilities.error.required"));
        } else if (cleanSource.length() > 500) {
            errors.add(FieldError.of("source", "capabilities.error.tooLong", "500"));
        }
        byte[] content = withoutByteOrderMark(readAtMost(csv));
        errors.addAll(checkFile(content));
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        long id;
        try {
            id = frameworkImport.load(cleanCode, cleanNames, cleanSource, new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("capability_framework", id, "created", editor.username(), frameworks.find(id).orElseThrow());
        return id;
    }

    private List<FieldError> checkFile(byte[] content) {
        if (content == null || content.length == 0) {
            return List.of(FieldError.of("file", "capabilities.error.fileMissing"));
        }
        if (content.length > MAX_BYTES) {
            return List.of(FieldError.of("file", "capabilities.error.fileTooLarge",
                    String.valueOf(MAX_BYTES / 1000)));
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return List.of(FieldError.of("file", "capabilities.error.columns", String.join(", ", missing)));
            }
            int rows = 0;
            for (CSVRecord row : parser) {
                rows++;
                if (!row.isConsistent()) {
                    errors.add(FieldError.of("row " + row.getRecordNumber(), "capabilities.error.rowColumns",
                            String.valueOf(row.getRecordNumber())));
                    continue;
                }
                String indicator = row.get("indicator").strip();
                if (!indicator.isEmpty() && !codes.add(indicator)) {
                    duplicates.add(indicator);
                }
            }
            if (rows == 0) {
                errors.add(FieldError.of("file", "capabilities.error.fileEmpty"));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return List.of(FieldError.of("file", "capabilities.error.fileUnreadable"));
        }
        if (!duplicates.isEmpty()) {
            errors.add(FieldError.of("file", "capabilities.error.duplicateIndicators", String.join(", ", duplicates)));
        }
        List<String> taken = codes.isEmpty() ? List.of() : jdbc.sql(
                "select code from capability_indicator where code = any(:codes) order by code")
                .param("codes", codes.toArray(String[]::new)).query(String.class).list();
        if (!taken.isEmpty()) {
            errors.add(FieldError.of("file", "capabilities.error.indicatorsTaken", String.join(", ", taken)));
        }
        return errors;
    }

    /** One byte past the limit at most: a larger upload is refused without being read into the heap. */
    private static byte[] readAtMost(InputStream csv) {
        if (csv == null) {
            return new byte[0];
        }
        try (csv) {
            return csv.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] withoutByteOrderMark(byte[] csv) {
        if (csv != null && csv.length >= 3 && (csv[0] & 0xFF) == 0xEF && (csv[1] & 0xFF) == 0xBB && (csv[2] & 0xFF) == 0xBF) {
            return Arrays.copyOfRange(csv, 3, csv.length);
        }
        return csv;
    }
}
