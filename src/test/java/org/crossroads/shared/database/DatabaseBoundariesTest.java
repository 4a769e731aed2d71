package org.crossroads.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL works on its own tables (decision 0003). The accepted exceptions, written down there, are the only
 * ones: any module may refer to another's rows by foreign key; the directory's {@code place} and {@code organisation}
 * are read in other modules' SQL (names and country codes for search words, facets and analytics joins); and one
 * trigger of the data module guards its references on {@code place}. Nobody writes another module's tables.
 */
class DatabaseBoundariesTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path CODE = Path.of("src/main/java/org/crossroads");

    /** Tables read by other modules' SQL: the directory's reference data. */
    static final Set<String> SHARED_READS = Set.of("place", "organisation");

    /** Triggers a module keeps on another module's table: {@code file: table}. */
    static final Set<String> FOREIGN_TRIGGERS = Set.of("V48__data_references_checked_per_batch.sql: place");

    static final Pattern TABLE = Pattern.compile("create (?:unlogged )?table (?:if not exists )?(\\w+)");
    static final Pattern USE = Pattern.compile(
            "\\b(from|join|update|insert into|delete from|alter table|references|truncate)\\s+(\\w+)");
    static final Pattern TRIGGER = Pattern.compile("create (?:or replace )?trigger \\w+[^;]*?\\son (\\w+)");

    @Test
    void everyModulesSqlWritesOnlyItsOwnTablesAndReadsOthersOnlyAsDecided() throws IOException {
        Map<String, String> owner = owners();
        assertThat(owner).containsEntry("place", "directory").containsEntry("data_value", "data").hasSizeGreaterThan(60);
        List<String> crossings = new ArrayList<>();
        List<String> decidedReads = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(MIGRATIONS), Files.walk(CODE))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql") || f.toString().endsWith(".java")).toList()) {
                String module = module(file);
                String text = code(file);
                Matcher use = USE.matcher(text);
                while (use.find()) {
                    String table = use.group(2);
                    String other = owner.get(table);
                    if (other == null || other.equals(module) || other.equals("shared")) {
                        continue;
                    }
                    String kind = use.group(1);
                    boolean read = kind.equals("from") || kind.equals("join");
                    if (read && SHARED_READS.contains(table)) {
                        decidedReads.add(module + " reads " + table + " in " + file.getFileName());
                    } else if (!kind.equals("references")) {
                        crossings.add(module + " " + kind + " " + other + "'s " + table + " in " + file);
                    }
                }
                Matcher trigger = TRIGGER.matcher(text);
                while (trigger.find()) {
                    String other = owner.get(trigger.group(1));
                    if (other != null && !other.equals(module)
                            && !FOREIGN_TRIGGERS.contains(file.getFileName() + ": " + trigger.group(1))) {
                        crossings.add(module + " has a trigger on " + other + "'s " + trigger.group(1) + " in " + file);
                    }
                }
            }
        }
        assertThat(crossings).isEmpty();
        // the scan sees SQL at all: the reads decision 0003 lists are found
        assertThat(decidedReads).contains("data reads place in DataValues.java", "learning reads place in LearningEvents.java");
    }

    /** Each table's module: the folder of the migration that creates it (V1 creates the audit trail's with the accounts'). */
    static Map<String, String> owners() throws IOException {
        Map<String, String> owner = new HashMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = TABLE.matcher(code(file));
                while (m.find()) {
                    owner.put(m.group(1), m.group(1).startsWith("audit_") ? "audit" : module(file));
                }
            }
        }
        return owner;
    }

    /** The module a file belongs to: its migration folder, or the package under org/crossroads. */
    static String module(Path file) {
        Path root = file.startsWith(MIGRATIONS) ? MIGRATIONS : CODE;
        return root.relativize(file).getName(0).toString();
    }

    /** The file in lower case without its comments (SQL {@code --}, Java {@code //} and Javadoc lines). */
    static String code(Path file) throws IOException {
        StringBuilder code = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            String s = line.strip();
            if (s.startsWith("--") || s.startsWith("//") || s.startsWith("*") || s.startsWith("/*")) {
                continue;
            }
            code.append(line.toLowerCase(Locale.ROOT)).append('\n');
        }
        return code.toString();
    }
}
