package al.rrjeti.campaigns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a newsletter's one-click unsubscribe link: the campaign, the subscriber and an
 * HMAC-SHA256 over both with the module's own secret key, so the link works without a log-in and
 * cannot be made for anyone else. It holds ids only, no address.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final Pattern FORM = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})\\.([A-Za-z0-9_-]{43})");

    /** Who a valid token unsubscribes from what. */
    public record Holder(Long campaignId, Long personId) {
    }

    @Inject
    private ModuleSecrets secrets;

    public String token(Long campaignId, Long personId) {
        return campaignId + "." + personId + "." + mac(campaignId, personId);
    }

    /** The campaign and person of a token this installation made; empty for anything else. */
    public Optional<Holder> read(String token) {
        Matcher m = token == null ? null : FORM.matcher(token.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        Long campaign = Long.valueOf(m.group(1));
        Long person = Long.valueOf(m.group(2));
        boolean genuine = MessageDigest.isEqual(mac(campaign, person).getBytes(StandardCharsets.US_ASCII),
                m.group(3).getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(new Holder(campaign, person)) : Optional.empty();
    }

    private String mac(Long campaignId, Long personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.key("newsletter-unsubscribe"), "HmacSHA256"));
            byte[] sum = mac.doFinal(("campaigns-unsubscribe:" + campaignId + ":" + personId)
                    .getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
