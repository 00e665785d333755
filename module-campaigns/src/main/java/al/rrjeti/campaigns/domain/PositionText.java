package al.rrjeti.campaigns.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The text of a joint position that organisations sign: title and body in both languages. Its
 * SHA-256 is what a signature records, so any change after signing shows.
 */
public record PositionText(BilingualText title, BilingualText body) {

    public PositionText {
        title = title == null ? BilingualText.of(null, null) : title;
        body = body == null ? BilingualText.of(null, null) : body;
    }

    public PositionText(String titleSq, String titleEn, String bodySq, String bodyEn) {
        this(BilingualText.of(titleSq, titleEn), BilingualText.of(bodySq, bodyEn));
    }

    /**
     * SHA-256 over the four parts (Albanian title, English title, Albanian body, English body), each
     * length-prefixed so that moving words between parts changes the hash too.
     */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {title.getSq(), title.getEn(), body.getSq(), body.getEn()}) {
                byte[] bytes = Objects.toString(part, "").getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
