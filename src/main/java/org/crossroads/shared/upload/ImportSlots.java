package org.crossroads.shared.upload;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Limits the imports one account runs at a time (setting {@code crossroads.uploads.imports-per-account}),
 * whatever their kind: each holds a file on disk and a checking pass in memory, so one account sending
 * many large files at once must not starve everybody else.
 */
@Component
public class ImportSlots {

    private final int perAccount;
    private final Map<String, Integer> taken = new ConcurrentHashMap<>();

    ImportSlots(UploadSettings settings) {
        this.perAccount = settings.importsPerAccount();
    }

    /** The limit per account. */
    public int perAccount() {
        return perAccount;
    }

    /**
     * Takes one of the account's slots until the returned slot is closed.
     *
     * @throws TooManyImportsException when all the account's slots are taken
     */
    public Slot take(String account) {
        boolean[] granted = {false};
        taken.compute(account, (a, n) -> {
            int running = n == null ? 0 : n;
            if (running >= perAccount) {
                return n;
            }
            granted[0] = true;
            return running + 1;
        });
        if (!granted[0]) {
            throw new TooManyImportsException(account, perAccount);
        }
        return new Slot(account);
    }

    /** Imports the account is running now. */
    public int running(String account) {
        return taken.getOrDefault(account, 0);
    }

    /** One running import; closing it twice frees one slot only. */
    public final class Slot implements AutoCloseable {

        private final String account;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Slot(String account) {
            this.account = account;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                taken.computeIfPresent(account, (a, n) -> n <= 1 ? null : n - 1);
            }
        }
    }
}
