package al.rrjeti.campaigns.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The text of a joint position that organisations sign: title and body in both languages. Its
 * SHA-256 is what a signature records, so any change after signing shows.
 */
public record PositionText(String titleSq, String titleEn, String bodySq, String bodyEn) {

    /**
     * SHA-256 over the four parts, each length-prefixed so that moving words between parts
     * changes the hash too.
     */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {titleSq, titleEn, bodySq, bodyEn}) {
                byte[] bytes = (part == null ? "" : part).getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
