package org.crossroads.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module's migrations live in its own folder, {@code db/migration/<module>}, and are numbered in its band
 * (decision 0003), so a migration's owner is visible from its path and two modules never take the same number.
 */
class MigrationFoldersTest {

    /** The version band of each module's folder: from, to (inclusive, by major version). */
    static final Map<String, int[]> BANDS = new LinkedHashMap<>();

    static {
        BANDS.put("shared", new int[] {1, 9});
        BANDS.put("accounts", new int[] {1, 9});
        BANDS.put("directory", new int[] {10, 19});
        BANDS.put("inventory", new int[] {20, 29});
        BANDS.put("learning", new int[] {30, 39});
        BANDS.put("data", new int[] {40, 49});
        BANDS.put("indexes", new int[] {45, 45});
        BANDS.put("servicepoints", new int[] {47, 47});
        BANDS.put("network", new int[] {50, 59});
        BANDS.put("library", new int[] {60, 69});
        BANDS.put("commitments", new int[] {70, 79});
    }

    static final Pattern FILE = Pattern.compile(".*/db/migration/([a-z]+)/V(\\d+)(?:_(\\d+))?__[a-z0-9_]+\\.sql");

    @Test
    void everyMigrationIsInItsModulesFolderAndNumberedInItsBand() throws IOException {
        Resource[] all = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql");
        assertThat(all).hasSizeGreaterThan(50);
        List<String> misplaced = new ArrayList<>();
        Map<String, String> versions = new LinkedHashMap<>();
        for (Resource r : all) {
            String path = r.getURL().toString();
            Matcher m = FILE.matcher(path);
            if (!m.matches()) {
                misplaced.add(path + ": not db/migration/<module>/V<n>__<words>.sql");
                continue;
            }
            int[] band = BANDS.get(m.group(1));
            int major = Integer.parseInt(m.group(2));
            if (band == null) {
                misplaced.add(path + ": no module owns folder " + m.group(1));
            } else if (major < band[0] || major > band[1]) {
                misplaced.add(path + ": outside " + m.group(1) + "'s band V" + band[0] + "–V" + band[1]);
            }
            String version = m.group(2) + (m.group(3) == null ? "" : "." + m.group(3));
            String other = versions.put(version, path);
            if (other != null) {
                misplaced.add(path + ": version " + version + " also taken by " + other);
            }
        }
        assertThat(misplaced).isEmpty();
    }

    @Test
    void aModuleOutsideItsFolderOrBandIsNamed() {
        assertThat(FILE.matcher("jar:file:/app.jar!/db/migration/V50__stray.sql").matches()).isFalse();
        Matcher m = FILE.matcher("file:/x/db/migration/indexes/V45_1__index_notes.sql");
        assertThat(m.matches()).isTrue();
        assertThat(m.group(1)).isEqualTo("indexes");
        assertThat(m.group(3)).isEqualTo("1");
    }
}
