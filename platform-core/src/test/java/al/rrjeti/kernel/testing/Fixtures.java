package al.rrjeti.kernel.testing;

import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.security.Passwords;
import al.rrjeti.kernel.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Accounts and files for in-container tests, made directly, without the sign-up journey. */
@ApplicationScoped
public class Fixtures {

    /** The password of every account made here. */
    private static final String PASSWORD = "Fjalekalim2026";

    @Inject
    private Accounts accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private al.rrjeti.kernel.organisation.OrganisationRegistration registration;

    @Inject
    private al.rrjeti.kernel.organisation.OrganisationVerification verification;

    /**
     * The hash of every fixture account's password, made once: a hash is salted, but accounts
     * sharing one are as valid as accounts with their own, and the in-container tests make
     * hundreds of accounts, each of which hashed anew cost a PBKDF2 run of the server's CPU.
     */
    private volatile String passwordHash;

    /** An active account with the given stored roles. */
    @Transactional
    public Account account(String email, String name, Role... roles) {
        if (passwordHash == null) {
            passwordHash = passwords.hash(PASSWORD);
        }
        Account a = new Account(email, name, passwordHash, Locale.forLanguageTag("sq"),
                Instant.now());
        a.activate();
        for (Role r : roles) {
            a.grant(r);
        }
        accounts.add(a);
        return a;
    }

    /** A real, small PNG image. */
    public static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A valid PNG of a few kilobytes declaring {@code width × height} pixels (one bit each, all
     * black): small to send, huge to decode.
     */
    public static byte[] pngDeclaring(int width, int height) {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal, valid one-page PDF. */
    public static byte[] pdf() {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A verified organisation whose representative (a new account, its first member) is
     * {@code representativeEmail}; registered and verified through the real services.
     * Leaves the test acting as nobody.
     */
    @Transactional
    public al.rrjeti.kernel.organisation.Organisation verifiedOrganisation(
            al.rrjeti.kernel.api.OrganisationType type, String name, String representativeEmail) {
        account(representativeEmail, "Përfaqësues i " + name);
        String moderator = "fixtures-moderator." + System.nanoTime() + "@example.al";
        account(moderator, "Moderator", Role.MODERATOR);
        try {
            ActingUser.actAs(representativeEmail);
            var org = registration.register(new al.rrjeti.kernel.organisation.OrganisationDetails(type, name,
                    "N" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT), "Tiranë", null,
                    "info@example.al", "Përshkrim i " + name, "Description of " + name), null,
                    new al.rrjeti.kernel.api.files.Upload(new java.io.ByteArrayInputStream(pdf()), "ekstrakt.pdf"));
            ActingUser.actAs(moderator);
            return verification.verify(org.getId());
        } finally {
            ActingUser.actAs(null);
        }
    }

    /** A real JPEG carrying an EXIF segment with a (made-up) GPS position, as phones write them. */
    public static byte[] jpegWithGps() {
        try {
            BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", plain);
            byte[] jpeg = plain.toByteArray();
            byte[] payload = "Exif\0\0MM\0*GPSLatitude 41.3275 N GPSLongitude 19.8187 E"
                    .getBytes(StandardCharsets.ISO_8859_1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(jpeg, 0, 2);
            out.write(0xFF);
            out.write(0xE1);
            out.write((payload.length + 2) >> 8);
            out.write((payload.length + 2) & 0xFF);
            out.write(payload);
            out.write(jpeg, 2, jpeg.length - 2);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
