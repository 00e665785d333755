package al.rrjeti.kernel.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP server, if any, and the sender's address (MicroProfile Config, see README). */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "rrjeti.mail.smtp.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "rrjeti.mail.smtp.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "rrjeti.mail.smtp.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "rrjeti.mail.smtp.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "rrjeti.mail.smtp.starttls", defaultValue = "false")
    private boolean startTls;

    @Inject
    @ConfigProperty(name = "rrjeti.mail.from", defaultValue = "Rrjeti <noreply@rrjeti.local>")
    private String from;

    @Inject
    @ConfigProperty(name = "rrjeti.mail.outbox.public", defaultValue = "false")
    private boolean outboxPublic;

    /** Whether mail goes out over SMTP; without it, mail waits in the outbox. */
    public boolean smtpConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Anyone may read the outbox: only for trying the platform on a machine without mail. */
    public boolean outboxPublic() {
        return outboxPublic && !smtpConfigured();
    }

    public String from() {
        return from;
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    Properties sessionProperties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host.orElseThrow());
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.auth", String.valueOf(user().isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.mime.charset", "UTF-8");
        return p;
    }
}
