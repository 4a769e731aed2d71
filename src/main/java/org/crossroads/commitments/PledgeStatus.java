package org.crossroads.commitments;

import java.util.Locale;

/** Where a pledge stands. Announced and planned are promises; fulfilled is kept; the rest say how it went otherwise. */
@org.springframework.modulith.NamedInterface("api")
public enum PledgeStatus {
    ANNOUNCED, PLANNED, IN_PROGRESS, FULFILLED, CHANGED, STALLED, WITHDRAWN;

    /** The stored and exchanged form: {@code in_progress}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of its name: {@code commitments.status.in_progress}. */
    public String messageKey() {
        return "commitments.status." + code();
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static PledgeStatus of(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isCode(String code) {
        if (code == null) {
            return false;
        }
        for (PledgeStatus s : values()) {
            if (s.code().equals(code.strip())) {
                return true;
            }
        }
        return false;
    }
}
