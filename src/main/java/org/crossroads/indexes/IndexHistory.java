package org.crossroads.indexes;

import java.util.List;

/**
 * A city's scores in one index over time, version by version (each version's scores stand apart: they are
 * not comparable with another version's), periods oldest first.
 */
public record IndexHistory(long placeId, long indexId, List<VersionHistory> versions) {

    public IndexHistory {
        versions = List.copyOf(versions);
    }

    public record VersionHistory(IndexVersion version, List<IndexResult> periods) {

        public VersionHistory {
            periods = List.copyOf(periods);
        }
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }
}
