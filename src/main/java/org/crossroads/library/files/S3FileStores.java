package org.crossroads.library.files;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The S3 file store in place of {@link LocalFileStore} when {@code crossroads.library.files.store=s3}; the bucket is
 * checked at start, so a wrong setting stops the application with a message naming it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "crossroads.library.files.store", havingValue = "s3")
class S3FileStores {

    @Bean(destroyMethod = "close")
    S3FileStore s3FileStore(S3FileStoreSettings settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException("crossroads.library.files.store=s3 needs crossroads.library.files.s3.bucket");
        }
        return new S3FileStore(settings);
    }
}
