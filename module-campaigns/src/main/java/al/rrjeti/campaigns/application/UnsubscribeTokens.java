package al.rrjeti.campaigns.application;

import al.rrjeti.kernel.api.security.KeyedHashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token of a newsletter's one-click unsubscribe link: the campaign, the subscriber and a keyed
 * hash over both under the installation's secret (the kernel's {@link KeyedHashes}, kept outside the
 * database), so the link works without a log-in and cannot be made for anyone else, not even by a
 * reader of the database. It holds ids only, no address. Without the secret no newsletter goes out
 * (a newsletter must carry its unsubscribe link).
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final Pattern FORM = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})\\.([A-Za-z0-9_-]{43})");

    /** Who a valid token unsubscribes from what. */
    public record Holder(Long campaignId, Long personId) {
    }

    @Inject
    private KeyedHashes hashes;

    /** Whether tokens can be made (the operator set the installation's secret). */
    public boolean available() {
        return hashes.available();
    }

    public String token(Long campaignId, Long personId) {
        return campaignId + "." + personId + "." + mac(campaignId, personId);
    }

    /** The campaign and person of a token this installation made; empty for anything else. */
    public Optional<Holder> read(String token) {
        Matcher m = token == null ? null : FORM.matcher(token.strip());
        if (m == null || !m.matches() || !hashes.available()) {
            return Optional.empty();
        }
        Long campaign = Long.valueOf(m.group(1));
        Long person = Long.valueOf(m.group(2));
        return KeyedHashes.same(mac(campaign, person), m.group(3)) ? Optional.of(new Holder(campaign, person))
                : Optional.empty();
    }

    private String mac(Long campaignId, Long personId) {
        return hashes.base64Url("campaigns-unsubscribe:" + campaignId + ":" + personId);
    }
}
