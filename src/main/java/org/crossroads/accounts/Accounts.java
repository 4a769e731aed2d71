package org.crossroads.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The editor accounts, stored in table {@code account}. */
@org.springframework.modulith.NamedInterface("api")
@Repository
public class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Editor> findByUsername(String username) {
        return jdbc.sql("""
                select id, username, display_name, role, organisation_id, place_id from account
                where lower(username) = lower(:u) and enabled""")
                .param("u", username)
                .query(Accounts::editor)
                .optional();
    }

    public List<Editor> findAll() {
        return jdbc.sql("select id, username, display_name, role, organisation_id, place_id from account order by username")
                .query(Accounts::editor)
                .list();
    }

    /** Every account, enabled or not, for administrators. */
    public List<AccountSummary> summaries() {
        return jdbc.sql("select id, username, display_name, role, organisation_id, place_id, enabled, created_at from account order by lower(username)")
                .query((rs, n) -> new AccountSummary(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                        (Long) rs.getObject(5), (Long) rs.getObject(6), rs.getBoolean(7),
                        rs.getObject(8, java.time.OffsetDateTime.class)))
                .list();
    }

    public boolean exists(String username) {
        return jdbc.sql("select exists(select 1 from account where lower(username) = lower(:u))").param("u", username)
                .query(Boolean.class).single();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update account set enabled = :e where id = :id").param("e", enabled).param("id", id).update();
    }

    /** An account as the administration page lists it. */
    public record AccountSummary(long id, String username, String displayName, Role role, Long organisationId,
            Long placeId, boolean enabled, java.time.OffsetDateTime createdAt) {}

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from account where lower(username) = lower(:u) and enabled")
                .param("u", username).query(String.class).optional();
    }

    boolean anyAdministrator() {
        return jdbc.sql("select exists(select 1 from account where role = 'ADMINISTRATOR')")
                .query(Boolean.class).single();
    }

    /** A new account whose display name was given (it is not asked again at login). */
    public long create(String username, String displayName, String passwordHash, Role role, Long organisationId, Long placeId) {
        return create(username, displayName, passwordHash, role, organisationId, placeId, true);
    }

    long create(String username, String displayName, String passwordHash, Role role, Long organisationId, Long placeId,
            boolean displayNameConfirmed) {
        return jdbc.sql("""
                insert into account (username, display_name, password_hash, role, organisation_id, place_id, display_name_confirmed)
                values (:u, :d, :p, :r, :o, :pl, :c) returning id""")
                .param("c", displayNameConfirmed)
                .param("u", username).param("d", displayName).param("p", passwordHash)
                .param("r", role.name()).param("o", organisationId).param("pl", placeId)
                .query(Long.class).single();
    }

    /** Whether the person gave the name the public sees (accounts made before display names existed did not). */
    boolean displayNameConfirmed(String username) {
        return jdbc.sql("select display_name_confirmed from account where lower(username) = lower(:u)").param("u", username)
                .query(Boolean.class).optional().orElse(true);
    }

    void setDisplayName(long id, String displayName) {
        jdbc.sql("update account set display_name = :d, display_name_confirmed = true where id = :id")
                .param("d", displayName).param("id", id).update();
    }

    void setPasswordHash(long id, String passwordHash) {
        jdbc.sql("update account set password_hash = :p where id = :id").param("p", passwordHash).param("id", id).update();
    }

    /**
     * Where to write to the enabled focal points of a city, and in which language: for notifications about the
     * city (exchange requests). Accounts without an address are left out.
     */
    public List<Contact> focalPointContacts(long placeId) {
        return jdbc.sql(CONTACT + " where enabled and email is not null and role = 'CITY_FOCAL_POINT' and place_id = :p order by id")
                .param("p", placeId).query(Accounts::contact).list();
    }

    /** The same for the enabled coordinators of these networks. */
    public List<Contact> coordinatorContacts(java.util.Collection<Long> organisationIds) {
        return jdbc.sql(CONTACT + " where enabled and email is not null and role = 'NETWORK_COORDINATOR'"
                        + " and organisation_id = any(:o) order by id")
                .param("o", organisationIds.toArray(Long[]::new)).query(Accounts::contact).list();
    }

    /** One enabled account's address and language, if it has an address. */
    public Optional<Contact> contact(String username) {
        return jdbc.sql(CONTACT + " where enabled and email is not null and lower(username) = lower(:u)")
                .param("u", username).query(Accounts::contact).optional();
    }

    /** The enabled accounts with an address whose username or address this is (compared without case). */
    List<Contact> contactsByUsernameOrEmail(String usernameOrEmail) {
        return jdbc.sql(CONTACT + " where enabled and email is not null and (lower(username) = lower(:g) or lower(email) = lower(:g))"
                        + " order by id limit 5")
                .param("g", usernameOrEmail).query(Accounts::contact).list();
    }

    /** The enabled administrators with an address, who are told of account requests. */
    List<Contact> administratorContacts() {
        return jdbc.sql(CONTACT + " where enabled and email is not null and role = 'ADMINISTRATOR' order by id")
                .query(Accounts::contact).list();
    }

    /** The account's address and language as stored (either may be null), for its own settings page. */
    public Optional<Contact> contactDetails(String username) {
        return jdbc.sql(CONTACT + " where lower(username) = lower(:u)").param("u", username).query(Accounts::contact).optional();
    }

    /** Sets where the platform writes to the account and in which language ({@code en}, {@code fr}, {@code ar}, {@code es}). */
    public void setContact(long id, String email, String language) {
        jdbc.sql("update account set email = :e, language = :l where id = :id")
                .param("e", email).param("l", language).param("id", id).update();
    }

    /**
     * Where to write to an editor: an address and the language of the messages (null when unknown: English).
     * Personal data: for sending mail, never shown.
     */
    public record Contact(String username, String displayName, String email, String language) {}

    private static final String CONTACT = "select username, display_name, email, language from account";

    private static Contact contact(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    /** What the public may know of one account (usernames compared without case), for {@link PublicNames}. */
    Optional<PublicAccount> publicAccount(String username) {
        return jdbc.sql("""
                select username, display_name, role, organisation_id, place_id from account
                where lower(username) = lower(:u)""").param("u", username.strip())
                .query((rs, n) -> new PublicAccount(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4), (Long) rs.getObject(5)))
                .optional();
    }

    record PublicAccount(String username, String displayName, Role role, Long organisationId, Long placeId) {}

    private static Editor editor(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Editor(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), (Long) rs.getObject("organisation_id"), (Long) rs.getObject("place_id"));
    }
}
