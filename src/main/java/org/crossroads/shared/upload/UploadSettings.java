package org.crossroads.shared.upload;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded files wait on disk and how many imports an account may run at once (see the README's
 * configuration table).
 *
 * @param directory folder for uploads being imported and checked files awaiting "Import this file now";
 *     emptied at start, since nothing in it can be confirmed after a restart
 * @param checkedFilesMaxSize total size of the checked files kept; beyond it the oldest are dropped first
 * @param checkedFileLifetime how long a checked file is kept for its import to be confirmed
 * @param importsPerAccount imports (checks included) one account may have running or queued at a time
 */
@ConfigurationProperties("crossroads.uploads")
public record UploadSettings(String directory, DataSize checkedFilesMaxSize, Duration checkedFileLifetime,
        Integer importsPerAccount) {

    public UploadSettings {
        // normalised: the default is written beside the database's directory ("data/postgres/../uploads"), which
        // need not exist yet
        directory = java.nio.file.Path.of(directory == null || directory.isBlank() ? "data/uploads" : directory).normalize().toString();
        checkedFilesMaxSize = checkedFilesMaxSize == null ? DataSize.ofGigabytes(2) : checkedFilesMaxSize;
        checkedFileLifetime = checkedFileLifetime == null ? Duration.ofHours(1) : checkedFileLifetime;
        importsPerAccount = importsPerAccount == null ? 2 : Math.max(1, importsPerAccount);
    }
}
