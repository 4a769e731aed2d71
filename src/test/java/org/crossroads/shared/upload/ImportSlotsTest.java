package org.crossroads.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** One account runs at most the configured number of imports at a time; others are not held up by it. */
class ImportSlotsTest {

    final ImportSlots slots = new ImportSlots(new UploadSettings("unused", DataSize.ofGigabytes(1), Duration.ofHours(1), 2));

    @Test
    void theThirdImportOfAnAccountIsRefusedNamingTheLimitUntilOneEnds() {
        ImportSlots.Slot first = slots.take("nadia");
        slots.take("nadia");
        assertThatThrownBy(() -> slots.take("nadia")).isInstanceOf(TooManyImportsException.class)
                .extracting(e -> ((TooManyImportsException) e).limit()).isEqualTo(2);
        assertThat(slots.take("omar")).isNotNull();

        first.close();
        first.close();
        assertThat(slots.running("nadia")).isEqualTo(1);
        slots.take("nadia");
        assertThat(slots.running("nadia")).isEqualTo(2);
    }
}
