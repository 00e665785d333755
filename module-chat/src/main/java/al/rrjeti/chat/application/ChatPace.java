package al.rrjeti.chat.application;

import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.limits.RateLimit;
import al.rrjeti.kernel.api.limits.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * How fast one member may write, on the platform's rate limiter: a budget per minute
 * ({@code rrjeti.chat.messages.per-minute}). The refusal says when to try again; only a message that
 * was saved spends from it.
 */
@ApplicationScoped
public class ChatPace {

    @Inject
    private RateLimits limits;

    @Inject
    private ChatSettings settings;

    /** @throws al.rrjeti.kernel.api.limits.RateLimitedException {@code chat.too-fast}, with the wait left */
    public void check(Person me) {
        limits.check(key(me), "chat.too-fast", budget());
    }

    public void count(Person me) {
        limits.spend(key(me), budget());
    }

    private static String key(Person me) {
        return "account:" + me.getId();
    }

    private RateLimit budget() {
        return RateLimit.of("chat-messages-per-minute", Math.max(1, settings.messagesPerMinute()), Duration.ofMinutes(1));
    }
}
