package al.rrjeti.kernel.api.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.PlatformClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private final PlatformClock clock = new PlatformClock();
    private final RateLimits limits = new RateLimits(clock);

    private static final RateLimit FIVE_AN_HOUR = RateLimit.of("test-five", 5, Duration.ofHours(1));
    private static final RateLimit PAUSE = RateLimit.of("test-pause", 1, Duration.ofSeconds(20));

    @Test
    void aBudgetLetsItsCapacityThroughThenRefusesWithTheWaitLeft() {
        for (int i = 0; i < 5; i++) {
            limits.take("client-a", "error.rate-limited", FIVE_AN_HOUR);
        }
        assertThatThrownBy(() -> limits.take("client-a", "error.rate-limited", FIVE_AN_HOUR))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.rate-limited");
                    assertThat(e.waitLeft()).as("one action comes back every twelve minutes")
                            .isBetween(Duration.ofMinutes(11), Duration.ofMinutes(12));
                    assertThat(e.arguments()[0]).isEqualTo(new WaitLeft(e.waitLeft()));
                });
        limits.take("client-b", "error.rate-limited", FIVE_AN_HOUR);

        clock.advance(Duration.ofMinutes(12));
        limits.take("client-a", "error.rate-limited", FIVE_AN_HOUR);
        assertThat(limits.waitFor("client-a", FIVE_AN_HOUR)).isPresent();
    }

    @Test
    void aRefusalBySeveralBudgetsSpendsNothingAndGivesTheLongestWait() {
        limits.take("account:1", "forum.too-fast", PAUSE, FIVE_AN_HOUR);
        assertThatThrownBy(() -> limits.take("account:1", "forum.too-fast", PAUSE, FIVE_AN_HOUR))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.waitLeft()).isBetween(Duration.ofSeconds(19), Duration.ofSeconds(20)));
        clock.advance(Duration.ofSeconds(21));
        for (int i = 0; i < 4; i++) {
            limits.take("account:1", "forum.too-fast", PAUSE, FIVE_AN_HOUR);
            clock.advance(Duration.ofSeconds(21));
        }
        assertThatThrownBy(() -> limits.take("account:1", "forum.too-fast", PAUSE, FIVE_AN_HOUR))
                .as("the hourly budget is spent though the pause is over")
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.waitLeft()).isGreaterThan(Duration.ofMinutes(5)));
    }

    @Test
    void spendingCountsPastTheBudgetAndForgivingGivesItBack() {
        RateLimit failures = RateLimit.of("test-failures", 3, Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            limits.spend("arta@example.al", failures);
        }
        assertThat(limits.waitFor("arta@example.al", failures)).get()
                .as("four spent of three: two refills away").satisfies(d -> assertThat(d).isGreaterThan(Duration.ofMinutes(9)));
        limits.forgive("arta@example.al", failures);
        assertThat(limits.waitFor("arta@example.al", failures)).isEmpty();
    }

    @Test
    void anActionCountedOnlyOnceItSucceededIsCheckedFirst() {
        limits.check("account:2", "forum.too-fast", PAUSE);
        limits.check("account:2", "forum.too-fast", PAUSE);
        limits.spend("account:2", PAUSE);
        assertThatThrownBy(() -> limits.check("account:2", "forum.too-fast", PAUSE))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void theWaitIsSaidInTheUnitAPersonWouldUse() {
        assertThat(new WaitLeft(Duration.ofMillis(300))).extracting(WaitLeft::unit, WaitLeft::amount)
                .containsExactly("seconds", 1L);
        assertThat(new WaitLeft(Duration.ofSeconds(20))).extracting(WaitLeft::unit, WaitLeft::amount)
                .containsExactly("seconds", 20L);
        assertThat(new WaitLeft(Duration.ofSeconds(61))).extracting(WaitLeft::messageKey, WaitLeft::amount)
                .containsExactly("wait.minutes", 2L);
        assertThat(new WaitLeft(Duration.ofMinutes(90))).extracting(WaitLeft::messageKey, WaitLeft::amount)
                .containsExactly("wait.hours", 2L);
    }

    @Test
    void aBudgetNeedsACapacityAndAPeriod() {
        assertThatThrownBy(() -> RateLimit.of("x", 0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.of("x", 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryAfterIsTheWaitInWholeSecondsRoundedUpAndAtLeastOne() {
        org.assertj.core.api.Assertions.assertThat(new RateLimitedException("x", java.time.Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(new RateLimitedException("x", java.time.Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(new RateLimitedException("x", java.time.Duration.ofMillis(2001)).retryAfterSeconds()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(new RateLimitedException("x", java.time.Duration.ofSeconds(2)).retryAfterSeconds()).isEqualTo(2);
    }
}
