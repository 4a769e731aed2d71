package org.crossroads.data;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A stored value as one reader may see it (see {@link ProtectedValues}): the number, or null with the
 * text that stands for it.
 *
 * @param combination the categories as stored ("age_group=15_24|sex=female"), empty for the total
 */
@org.springframework.modulith.NamedInterface("api")
@Schema(description = "A stored data value as the caller may see it")
public record ProtectedValue(long id, String indicator, long placeId, String placeName, String countryCode,
        String period, String combination, Map<String, String> categories,
        @Schema(description = "The number; null when suppressed", nullable = true) BigDecimal value,
        @Schema(description = "Why the number is hidden from the caller: \"<5\" (below the small-count threshold) for a "
                + "small count, \"x\" for a value hidden so that a total cannot give a small count away; null when shown",
                nullable = true, example = "<5") String suppressed,
        String source, String methodNote, String quality, String confidentiality, boolean computed,
        OffsetDateTime updatedAt) {

    static ProtectedValue shown(DataValues.Row row) {
        return of(row, row.value(), null);
    }

    static ProtectedValue hidden(DataValues.Row row, String text) {
        return of(row, null, text);
    }

    private static ProtectedValue of(DataValues.Row r, BigDecimal value, String suppressed) {
        return new ProtectedValue(r.id(), r.indicator(), r.placeId(), r.placeName(), r.countryCode(), r.period(),
                r.combination(), r.categories(), value, suppressed, r.source(), r.methodNote(), r.quality(),
                r.confidentiality(), r.computed(), r.updatedAt());
    }
}
