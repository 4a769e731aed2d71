package org.crossroads.data;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the data module (see the README's configuration table).
 *
 * @param smallCountThreshold public statistics show counts from 1 to below this as "&lt;N" (decision 0007)
 */
@ConfigurationProperties("crossroads.data")
public record DataSettings(Integer smallCountThreshold) {

    public DataSettings {
        smallCountThreshold = smallCountThreshold == null ? 5 : Math.max(1, smallCountThreshold);
    }
}
