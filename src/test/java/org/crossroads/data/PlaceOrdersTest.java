package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The name order of a selection's places is computed once and kept until the marginals change. */
class PlaceOrdersTest {

    private final PlaceOrders orders = new PlaceOrders();
    private final PlaceOrders.Key key = new PlaceOrders.Key(List.of(1L), List.of("2020"), List.of(""), false, false, List.of());

    @Test
    void pagesComeFromOneOrderUntilItIsForgotten() {
        AtomicInteger computed = new AtomicInteger();
        List<Long> all = List.of(5L, 3L, 9L, 1L, 7L);
        assertThat(orders.page(key, () -> { computed.incrementAndGet(); return all; }, 2, 0)).containsExactly(5L, 3L);
        assertThat(orders.page(key, () -> { computed.incrementAndGet(); return all; }, 2, 2)).containsExactly(9L, 1L);
        assertThat(orders.page(key, () -> { computed.incrementAndGet(); return all; }, 2, 4)).containsExactly(7L);
        assertThat(orders.page(key, () -> { computed.incrementAndGet(); return all; }, 2, 6)).isEmpty();
        assertThat(computed).hasValue(1);

        orders.forgetAfterCommit();
        assertThat(orders.page(key, () -> { computed.incrementAndGet(); return List.of(4L); }, 2, 0)).containsExactly(4L);
        assertThat(computed).hasValue(2);
    }

    @Test
    void anOrderReadWhileAnImportCommittedIsNotKept() {
        List<Long> stale = orders.page(key, () -> {
            orders.forget(); // an import commits while this order is being read
            return List.of(1L);
        }, 10, 0);
        assertThat(stale).containsExactly(1L);
        assertThat(orders.page(key, () -> List.of(2L), 10, 0)).as("read again, not kept").containsExactly(2L);
    }
}
