package org.crossroads.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Document file contents in an S3-compatible bucket (AWS S3, MinIO, Garage, Ceph…), as objects named
 * {@code ab/cd/<sha256>} like the local store's files. The same content is one object: {@link #put} asks first
 * (HEAD) and uploads only what the bucket lacks. Contents stream both ways (the upload from the received file, the
 * download as the response's stream), never whole in memory. The bucket is checked when the application starts, so
 * a wrong endpoint, bucket or key stops it with a message rather than failing the first upload.
 */
final class S3FileStore implements FileStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3FileStore.class);

    private final S3Client s3;
    private final String bucket;

    S3FileStore(S3FileStoreSettings settings) {
        this(client(settings), settings.bucket());
    }

    S3FileStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (SdkException e) {
            s3.close();
            throw new IllegalStateException("The S3 bucket '" + bucket + "' of crossroads.library.files.s3 cannot be reached: "
                    + e.getMessage(), e);
        }
        log.info("Library files are stored in the S3 bucket {}", bucket);
    }

    static S3Client client(S3FileStoreSettings settings) {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                // checksums only where S3 requires them: the SDK's default (a CRC trailer in aws-chunked uploads) is
                // refused by many S3-compatible servers, and the content is addressed by its SHA-256 anyway
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build());
        if (settings.endpoint() != null) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        builder.credentialsProvider(settings.accessKey() == null ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        return builder.build();
    }

    static String keyOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    @Override
    public boolean contains(String sha256) throws IOException {
        try {
            s3.headObject(h -> h.bucket(bucket).key(keyOf(sha256)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("S3: cannot ask for " + sha256, e);
        } catch (SdkException e) {
            throw new IOException("S3: cannot ask for " + sha256, e);
        }
    }

    @Override
    public void put(String sha256, Path file) throws IOException {
        try {
            if (!contains(sha256)) {
                long size = Files.size(file);
                // streamed from the file, its length known: the SDK never buffers the content
                s3.putObject(p -> p.bucket(bucket).key(keyOf(sha256)).contentLength(size)
                        .contentType("application/octet-stream"), RequestBody.fromFile(file));
            }
        } catch (SdkException e) {
            throw new IOException("S3: cannot store " + sha256, e);
        }
        Files.deleteIfExists(file);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        try {
            return s3.getObject(g -> g.bucket(bucket).key(keyOf(sha256)));
        } catch (NoSuchKeyException e) {
            throw new java.nio.file.NoSuchFileException(keyOf(sha256));
        } catch (SdkException e) {
            throw new IOException("S3: cannot read " + sha256, e);
        }
    }

    @Override
    public Optional<Path> localFile(String sha256) {
        return Optional.empty();
    }

    @Override
    public void remove(String sha256) throws IOException {
        try {
            s3.deleteObject(d -> d.bucket(bucket).key(keyOf(sha256)));
        } catch (SdkException e) {
            throw new IOException("S3: cannot remove " + sha256, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
