package al.rrjeti.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.limits.RateLimitedException;
import al.rrjeti.kernel.api.limits.RateLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private final PlatformClock clock = new PlatformClock();
    private final LoginAttempts attempts = new LoginAttempts(new RateLimits(clock));

    @Test
    void fiveFailuresForAnAccountThenOneTryEveryThreeMinutes() {
        for (int i = 0; i < LoginAttempts.PER_ACCOUNT.capacity(); i++) {
            attempts.check("arta@example.al", "10.0.0.1");
            attempts.failed("Arta@Example.al ", "10.0.0.1");
        }
        assertThatThrownBy(() -> attempts.check("ARTA@example.al", "10.0.0.2"))
                .as("the account is locked from any address, whatever the case of its e-mail")
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("login.locked");
                    assertThat(e.waitLeft()).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(3));
                });
        attempts.check("other@example.al", "10.0.0.1");
        clock.advance(Duration.ofMinutes(3));
        attempts.check("arta@example.al", "10.0.0.1");
    }

    @Test
    void aClassroomBehindOneAddressMayMistypeButAGuesserWalkingThroughAccountsIsStopped() {
        for (int i = 0; i < 30 * 3; i++) {
            attempts.check("pupil" + (i % 30) + "@school.al", "198.51.100.1");
            attempts.failed("pupil" + (i % 30) + "@school.al", "198.51.100.1");
        }
        attempts.check("pupil31@school.al", "198.51.100.1");
        for (int i = 0; i < 20; i++) {
            attempts.failed("victim" + i + "@example.al", "198.51.100.1");
        }
        assertThatThrownBy(() -> attempts.check("fresh@example.al", "198.51.100.1"))
                .isInstanceOf(RateLimitedException.class);
        assertThat(attempts.lockedFor("fresh@example.al", "198.51.100.2")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        for (int i = 0; i < LoginAttempts.PER_ACCOUNT.capacity(); i++) {
            attempts.failed("dritan@example.al", "10.0.0.1");
        }
        assertThat(attempts.lockedFor("dritan@example.al", "10.0.0.1")).isPresent();
        attempts.succeeded("dritan@example.al");
        assertThat(attempts.lockedFor("dritan@example.al", "10.0.0.1")).isEmpty();
    }
}
