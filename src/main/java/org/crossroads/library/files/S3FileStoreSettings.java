package org.crossroads.library.files;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The S3-compatible bucket of document files, used when {@code crossroads.library.files.store=s3} (README,
 * configuration table; docs/library.md, "Files and text extraction").
 *
 * @param endpoint the service's address (MinIO, Garage, Ceph…: {@code http://localhost:9000}); empty for AWS itself
 * @param bucket the bucket, which must exist
 * @param region the region to sign requests for ({@code us-east-1} by default, which most compatible servers accept)
 * @param accessKey the access key; empty: the SDK's default chain (environment, profile, instance role)
 * @param secretKey the secret key
 * @param pathStyle addresses as {@code endpoint/bucket/key} rather than {@code bucket.endpoint/key} (most servers
 *     other than AWS want it; true by default)
 */
@ConfigurationProperties("crossroads.library.files.s3")
public record S3FileStoreSettings(String endpoint, String bucket, String region, String accessKey, String secretKey,
        Boolean pathStyle) {

    public S3FileStoreSettings {
        endpoint = endpoint == null || endpoint.isBlank() ? null : endpoint.strip();
        bucket = bucket == null ? null : bucket.strip();
        region = region == null || region.isBlank() ? "us-east-1" : region.strip();
        accessKey = accessKey == null || accessKey.isBlank() ? null : accessKey;
        pathStyle = pathStyle == null || pathStyle;
    }
}
