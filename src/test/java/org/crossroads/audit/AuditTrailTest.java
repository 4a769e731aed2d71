package org.crossroads.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Role;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail: what {@link AuditTrail#record} stores, how a record's history reads it back (newest first, the
 * fields that changed, authors by their public name) and the recent changes that only administrators read, by
 * username, at /admin/audit.
 */
@IntegrationTest
class AuditTrailTest extends WebTest {

    static final String TYPE = "audit-test";

    @Autowired AuditTrail audit;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    /** A record id no other test uses. */
    static long newRecord() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    record Sample(String name, int count) {}

    @Test
    void recordStoresWhoDidWhatToWhichRecordWhenWithASnapshotOfTheNewState() {
        long id = newRecord();
        audit.record(TYPE, id, "created", "audit-someone", new Sample("First", 1));

        Map<String, Object> row = jdbc.sql("""
                select action, actor, at > now() - interval '1 minute' and at <= now() as just_now,
                       snapshot->>'name' as name, (snapshot->>'count')::int as count
                from audit_entry where record_type = :t and record_id = :id""")
                .param("t", TYPE).param("id", id).query().singleRow();
        assertThat(row).containsEntry("action", "created").containsEntry("actor", "audit-someone")
                .containsEntry("name", "First").containsEntry("count", 1).containsEntry("just_now", true);
    }

    @Test
    void aHistoryIsNewestFirstAndEachChangeListsOnlyTheFieldsThatDifferFromTheVersionBefore() {
        long id = newRecord();
        audit.record(TYPE, id, "created", "built-in dataset", snapshot("name", "First", "count", 1, "version", 0));
        audit.record(TYPE, id, "updated", "built-in dataset", snapshot("name", "Second", "count", 1, "version", 1));
        audit.record(TYPE, id, "trimmed", "built-in dataset", snapshot("name", "Second", "version", 2));

        List<AuditTrail.Change> history = audit.history(TYPE, id);
        assertThat(history).extracting(AuditTrail.Change::action).containsExactly("trimmed", "updated", "created");
        assertThat(history.get(0).fields()).as("a field left out changes to nothing")
                .containsExactly(new FieldChange("count", 1, null));
        assertThat(history.get(1).fields()).as("the version is no change of its own")
                .containsExactly(new FieldChange("name", "First", "Second"));
        assertThat(history.get(2).fields()).as("the first version: every field, from nothing")
                .containsExactly(new FieldChange("count", null, 1), new FieldChange("name", null, "First"));
        assertThat(audit.history(TYPE, newRecord())).as("a record never changed").isEmpty();
    }

    @Test
    void aHistoryNamesAnEditorByTheNameThePublicSeesNeverByTheLoginUsername() {
        String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Amina Publicname", "{noop}unused", Role.CONTRIBUTOR, null, null);
        long id = newRecord();
        audit.record(TYPE, id, "created", username, snapshot("name", "First"));
        audit.record(TYPE, id, "updated", "built-in dataset", snapshot("name", "Second"));

        assertThat(audit.history(TYPE, id)).extracting(AuditTrail.Change::actor)
                .containsExactly("built-in dataset", "Amina Publicname").doesNotContain(username);
    }

    @Test
    void recentChangesSpanEveryRecordNewestFirstAndNameTheLoginUsername() {
        long first = newRecord();
        long second = newRecord();
        audit.record(TYPE, first, "created", "audit-first", snapshot("name", "A"));
        audit.record(TYPE + "-other", second, "created", "audit-second", snapshot("name", "B"));

        List<AuditTrail.Entry> ours = audit.recent(200).stream()
                .filter(e -> e.recordId() == first || e.recordId() == second).toList();
        assertThat(ours).extracting(AuditTrail.Entry::recordType, AuditTrail.Entry::recordId, AuditTrail.Entry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TYPE + "-other", second, "audit-second"),
                        org.assertj.core.groups.Tuple.tuple(TYPE, first, "audit-first"));
        assertThat(audit.recent(1)).hasSize(1);
    }

    @Test
    void administratorsSeeTheRecentChangesByUsernameWithALinkToTheRecordsPage() throws Exception {
        long initiative = 999_000_000L + ThreadLocalRandom.current().nextInt(999_999);
        audit.record("initiative", initiative, "updated", "audit-page-editor", snapshot("name", "X"));

        Element row = row(okPage(get("/admin/audit").with(user("admin").roles("ADMINISTRATOR"))), "initiative " + initiative);
        assertThat(row.select("td").eachText()).contains("audit-page-editor", "updated");
        assertThat(row.select("a").attr("href")).isEqualTo("/initiatives/" + initiative);
    }

    @Test
    void aRecordTypeWithoutAPageIsShownWithoutALink() throws Exception {
        long other = newRecord();
        audit.record(TYPE, other, "created", "audit-page-editor", snapshot("name", "Y"));

        Element row = row(okPage(get("/admin/audit").with(user("admin").roles("ADMINISTRATOR"))), TYPE + " " + other);
        assertThat(row.select("td").eachText()).contains("audit-page-editor", "created");
        assertThat(row.select("a[href]")).as("a record type without a page has no link").isEmpty();
    }

    @Test
    void onlyAdministratorsReadTheRecentChanges() throws Exception {
        assertThat(response(get("/admin/audit")).getRedirectedUrl()).endsWith("/login");
        for (Role role : List.of(Role.CONTRIBUTOR, Role.NETWORK_COORDINATOR, Role.CITY_FOCAL_POINT)) {
            assertThat(status(get("/admin/audit").with(user("someone").roles(role.name())))).as(role.name()).isEqualTo(403);
        }
        assertThat(status(get("/admin/audit").with(user("admin").roles("ADMINISTRATOR")))).isEqualTo(200);
    }

    private static Element row(Document page, String record) {
        return page.select("tbody tr").stream().filter(tr -> tr.select("td").last().text().equals(record)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + record));
    }

    private static Map<String, Object> snapshot(Object... fieldsAndValues) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            snapshot.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return snapshot;
    }
}
