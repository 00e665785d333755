package al.rrjeti.kernel.testing;

import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.security.Passwords;
import al.rrjeti.kernel.security.Role;
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

    @Inject
    private Accounts accounts;

    @Inject
    private Passwords passwords;

    /** An active account with the given stored roles. */
    @Transactional
    public Account account(String email, String name, Role... roles) {
        Account a = new Account(email, name, passwords.hash("Fjalekalim2026"), Locale.forLanguageTag("sq"),
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

    /** A minimal, valid one-page PDF. */
    public static byte[] pdf() {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }
}
