package org.crossroads.accounts;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.crossroads.accounts.internal.LoginBuckets;
import org.crossroads.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Pauses logging in after repeated failures, per client address and per account (decision 0010). Each
 * failed login takes a token from the address's bucket and from the account's; an empty bucket pauses
 * logins until a token comes back, and while paused even the right password is not checked. The start of a
 * pause and every lifting by an administrator are audited.
 */
@Service
public class LoginThrottle {

    /** Audit record type of a pause that concerns no existing account (an unknown username). */
    static final String UNKNOWN_ACCOUNT = "login";

    private final LoginBuckets buckets;
    private final BucketConfiguration addressLimits;
    private final BucketConfiguration accountLimits;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    @Autowired
    LoginThrottle(DataSource dataSource, LoginThrottleSettings settings, Accounts accounts, AuditTrail audit, JdbcClient jdbc) {
        this(dataSource, settings, accounts, audit, jdbc, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** @param clock wall-clock based (several instances share the buckets); tests pass one they can advance */
    LoginThrottle(DataSource dataSource, LoginThrottleSettings settings, Accounts accounts, AuditTrail audit,
            JdbcClient jdbc, TimeMeter clock) {
        this.buckets = new LoginBuckets(dataSource, ClientSideConfig.getDefault().withClientClock(clock),
                key -> key.startsWith("address:") ? max(settings.addressWindow(), settings.addressDailyWindow()) : settings.accountWindow());
        this.addressLimits = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(settings.addressAttempts()).refillGreedy(settings.addressAttempts(), settings.addressWindow()))
                .addLimit(limit -> limit.capacity(settings.addressDailyAttempts())
                        .refillGreedy(settings.addressDailyAttempts(), settings.addressDailyWindow()))
                .build();
        this.accountLimits = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(settings.accountAttempts()).refillGreedy(settings.accountAttempts(), settings.accountWindow()))
                .build();
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** How long logging in as this username from this address stays paused; empty when it may be tried now. */
    public Optional<Duration> pause(String username, String address) {
        long wait = Math.max(waitNanos(addressBucket(address)), waitNanos(accountBucket(username)));
        return wait == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
    }

    /** Counts a failed login; returns the pause it starts, if it starts one (which is audited). */
    public Optional<Duration> failed(String username, String address) {
        ConsumptionProbe byAddress = addressBucket(address).tryConsumeAndReturnRemaining(1);
        ConsumptionProbe byAccount = accountBucket(username).tryConsumeAndReturnRemaining(1);
        boolean addressPaused = byAddress.isConsumed() && byAddress.getRemainingTokens() == 0;
        boolean accountPaused = byAccount.isConsumed() && byAccount.getRemainingTokens() == 0;
        if (!addressPaused && !accountPaused) {
            return Optional.empty();
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("username", username);
        snapshot.put("address", address);
        snapshot.put("paused", addressPaused && accountPaused ? "address and account" : addressPaused ? "address" : "account");
        Optional<Editor> account = accounts.findByUsername(username);
        audit.record(account.isPresent() ? "account" : UNKNOWN_ACCOUNT, account.map(Editor::id).orElse(0L),
                "login paused", "login throttle", snapshot);
        return pause(username, address);
    }

    /** A successful login gives the account all its attempts back (the address keeps its count). */
    public void succeeded(String username) {
        buckets.removeProxy(accountKey(username));
    }

    /** An administrator lifts the pause on an account (paused addresses are listed and lifted one by one). */
    public void lift(long accountId, String actor) {
        String username = accounts.summaries().stream().filter(a -> a.id() == accountId).findFirst()
                .map(Accounts.AccountSummary::username).orElseThrow();
        buckets.removeProxy(accountKey(username));
        audit.record("account", accountId, "login pause lifted", actor, Map.of("username", username));
    }

    /** An administrator lifts the pause on one client address. */
    public void liftAddress(String address, String actor) {
        buckets.removeProxy(addressKey(address));
        audit.record(UNKNOWN_ACCOUNT, 0L, "login pause lifted", actor, Map.of("address", address));
    }

    /** Accounts and addresses paused now, with how long, for the administrators' page. */
    public List<Pause> pauses() {
        List<String> keys = jdbc.sql("select key from login_throttle where expires_at > now() order by key limit 500")
                .query(String.class).list();
        return keys.stream().map(key -> {
            boolean isAddress = key.startsWith("address:");
            long wait = waitNanos(buckets.builder().build(key, () -> isAddress ? addressLimits : accountLimits));
            return new Pause(isAddress ? "address" : "account", key.substring(key.indexOf(':') + 1), Duration.ofNanos(wait));
        }).filter(p -> !p.remaining().isZero()).toList();
    }

    /** Whether this account is paused now (for the administrators' list). */
    public boolean isPaused(String username) {
        return waitNanos(accountBucket(username)) > 0;
    }

    /** Buckets whose every token came back are forgotten. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetExpired() {
        jdbc.sql("delete from login_throttle where expires_at < now()").update();
    }

    /** @param kind "address" or "account"; {@code who} is the address or the username */
    public record Pause(String kind, String who, Duration remaining) {

        public long minutes() {
            return Math.max(1, (remaining.toSeconds() + 59) / 60);
        }

        public OffsetDateTime until() {
            return OffsetDateTime.now().plus(remaining);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static long waitNanos(BucketProxy bucket) {
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private BucketProxy addressBucket(String address) {
        return buckets.builder().build(addressKey(address), () -> addressLimits);
    }

    private BucketProxy accountBucket(String username) {
        return buckets.builder().build(accountKey(username), () -> accountLimits);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }
}
