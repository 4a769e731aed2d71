package org.crossroads.learning.capabilities;

import org.crossroads.shared.vocabulary.LocalText;
import java.util.List;

/**
 * A framework of capabilities with indicators per level, such as the Five Core Capabilities framework
 * for capacity development (Baser and Morgan, 2008) that seed 000 proposes for peer-learning MEL.
 */
public record CapabilityFramework(long id, String code, LocalText name, String source, int scaleMax,
        List<Capability> capabilities) {

    public List<CapabilityIndicator> indicators() {
        return capabilities.stream().flatMap(c -> c.indicators().stream()).toList();
    }

    public record Capability(long id, String code, int position, LocalText name, List<CapabilityIndicator> indicators) {
    }

    /** @param level individual, institutional or collective */
    public record CapabilityIndicator(long id, long capabilityId, String code, String level, int position, LocalText text) {
    }
}
