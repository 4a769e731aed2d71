package org.crossroads.shared.upload;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The container's multipart settings ({@code spring.servlet.multipart.*}) with its temporary parts written
 * under the upload folder unless {@code spring.servlet.multipart.location} says otherwise: a received upload
 * is then moved into place, on the same disk, instead of being copied.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, UploadedFiles files) {
        String location = multipart.getLocation() == null || multipart.getLocation().isBlank()
                ? files.partsDirectory().toString() : multipart.getLocation();
        return new MultipartConfigElement(location, multipart.getMaxFileSize().toBytes(),
                multipart.getMaxRequestSize().toBytes(), (int) multipart.getFileSizeThreshold().toBytes());
    }
}
