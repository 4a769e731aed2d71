package org.crossroads.shared.tabular;

/**
 * @param dryRun check every row and report, store nothing
 * @param storeValidRows store the rows without problems even when others have some (off by default:
 *     a file with any problem stores nothing)
 */
public record ImportOptions(boolean dryRun, boolean storeValidRows) {

    public static final ImportOptions CHECK_ONLY = new ImportOptions(true, false);
    public static final ImportOptions ALL_OR_NOTHING = new ImportOptions(false, false);
}
