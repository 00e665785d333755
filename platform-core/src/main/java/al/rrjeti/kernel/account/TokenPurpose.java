package al.rrjeti.kernel.account;

import java.time.Duration;

/** What a one-time link is for, and how long it lives. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofHours(48)),
    RESET_PASSWORD(Duration.ofHours(2)),
    CHANGE_EMAIL(Duration.ofHours(48)),
    REMEMBER_ME(Duration.ofDays(30)),
    INVITATION(Duration.ofDays(14));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
