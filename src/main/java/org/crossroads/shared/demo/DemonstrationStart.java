package org.crossroads.shared.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start: reads whether demonstration data are present, and adds them when {@code crossroads.demo=true} and they
 * are not (after the built-in dataset, which the demonstration builds on). Without the setting nothing is added,
 * and data added earlier stay until an administrator removes them at {@code /admin/demo}.
 */
@Component
@Order(100)
class DemonstrationStart implements ApplicationRunner {

    private final Demonstration demonstration;
    private final boolean wanted;

    DemonstrationStart(Demonstration demonstration, @Value("${crossroads.demo:false}") boolean wanted) {
        this.demonstration = demonstration;
        this.wanted = wanted;
    }

    @Override
    public void run(ApplicationArguments args) {
        demonstration.refresh();
        if (wanted) {
            demonstration.add("(crossroads.demo)");
        }
    }
}
