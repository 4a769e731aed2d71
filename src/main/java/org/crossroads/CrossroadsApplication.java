package org.crossroads;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Crossroads: one deployable application, organised by feature module (see docs/architecture.md). */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
@org.springframework.scheduling.annotation.EnableScheduling
public class CrossroadsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrossroadsApplication.class, args);
    }
}
