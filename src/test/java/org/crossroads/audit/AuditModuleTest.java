package org.crossroads.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The audit module alone (with the shared core), bootstrapped by Spring Modulith: without the accounts module no
 * {@link ActorNames} exists, so a history names each actor as recorded. Its own embedded PostgreSQL, in its own
 * data directory, so that it never touches the one the {@code @IntegrationTest}s share.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = "crossroads.database.embedded.data-directory=target/test-postgres-audit-module")
@Tag("integration")
class AuditModuleTest {

    @Autowired AuditTrail audit;

    @Test
    void withoutTheAccountsModuleAHistoryNamesTheActorAsRecorded() {
        audit.record("audit-module-test", 1, "created", "someone.username", Map.of("name", "First"));
        assertThat(audit.history("audit-module-test", 1)).extracting(AuditTrail.Change::actor).containsExactly("someone.username");
    }
}
