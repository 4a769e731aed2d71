package org.crossroads.accounts.internal;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Bucket4j's select-for-update proxy manager over table {@code login_throttle}: the library does the token
 * arithmetic, PostgreSQL keeps each bucket's state, so a lock holds across restarts and instances. Each
 * operation runs in its own short transaction on its own connection, with the bucket's row locked.
 */
public class LoginBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    private final DataSource dataSource;
    private final Function<String, Duration> keepFor;

    /**
     * @param keepFor per key, how long after its last change a bucket is surely full again (its longest refill
     *     period): past that its row is only history and may be deleted (the select-for-update managers of
     *     Bucket4j do not support its own expiration strategies)
     */
    public LoginBuckets(DataSource dataSource, ClientSideConfig config, Function<String, Duration> keepFor) {
        super(config);
        this.dataSource = dataSource;
        this.keepFor = keepFor;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        try {
            return new Transaction(key, dataSource.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("No connection for the login throttle", e);
        }
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from login_throttle where key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove login throttle " + key, e);
        }
    }

    private final class Transaction implements SelectForUpdateBasedTransaction {

        private final String key;
        private final Connection connection;

        Transaction(String key, Connection connection) {
            this.key = key;
            this.connection = connection;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement select = connection.prepareStatement("select state from login_throttle where key = ? for update")) {
                select.setString(1, key);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? LockAndGetResult.locked(rs.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            // the inserted row stays locked by this transaction; a concurrent insert makes the library retry
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into login_throttle (key) values (?) on conflict (key) do nothing")) {
                insert.setString(1, key);
                return insert.executeUpdate() > 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
            try (PreparedStatement update = connection.prepareStatement(
                    "update login_throttle set state = ?, expires_at = ? where key = ?")) {
                update.setBytes(1, data);
                update.setTimestamp(2, Timestamp.from(Instant.now().plus(keepFor.apply(key))));
                update.setString(3, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            run(connection::commit);
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void release() {
            run(connection::close);
        }

        private void run(SqlAction action) {
            try {
                action.run();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }
}
