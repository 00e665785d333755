package al.rrjeti.kernel.account;

import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.List;
import java.util.HashMap;
import java.util.ArrayList;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.Message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.limits.RateLimitedException;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.AccountIdentityStore;
import al.rrjeti.kernel.security.AccountStatus;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.SharedDeployment;
import al.rrjeti.kernel.testing.TestArchives;
import al.rrjeti.kernel.testing.TestPorts;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.UserTransaction;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration, confirmation, password reset and e-mail change on a real Payara, with the mail
 * going over real SMTP to GreenMail.
 */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment.Uses(KernelOverSmtpDeployment.class)
class AccountFlowIT {

    private static final String GOOD_PASSWORD = "Korrupsion2026";
    private static final Pattern LINK = Pattern.compile("https?://\\S+token=([A-Za-z0-9_-]+)");

    @Inject
    private Registration registration;

    @Inject
    private PasswordReset reset;

    @Inject
    private Accounts accounts;

    @Inject
    private AccountIdentityStore identityStore;

    @Inject
    private PlatformClock clock;

    @Inject
    private al.rrjeti.kernel.api.Mail mail;

    @Inject
    private UserTransaction transaction;

    @Inject
    private al.rrjeti.kernel.mail.MailDelivery delivery;

    @jakarta.persistence.PersistenceContext(unitName = "rrjeti-core")
    private jakarta.persistence.EntityManager em;

    private GreenMail smtp;

    /** The database outlives a run: every run uses addresses of its own. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private final Map<String, Integer> takenMails = new HashMap<>();

    private static String email(String name) {
        return name + "." + RUN + "@example.al";
    }

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(TestPorts.SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtpAndTime() {
        smtp.stop();
        clock.reset();
    }

    /**
     * After an SMTP outage the retry job works through the failed backlog one message at a time,
     * on the same scheduler thread as the sender of new mail; a confirmation written meanwhile
     * goes out before the next retried message, not after the whole backlog.
     */
    @Test
    void aConfirmationWrittenDuringTheRetriesIsNotKeptWaitingBehindThem() throws Exception {
        smtp.stop();
        int backlog = 40;
        for (int i = 0; i < backlog; i++) {
            transaction.begin();
            mail.send(email("backlog" + i), Locale.forLanguageTag("sq"), "Pas ndërprerjes " + i, "Mesazh i vonuar.");
            transaction.commit();
        }
        long until = System.currentTimeMillis() + 60_000;
        while (failed("Pas ndërprerjes %") < backlog) {
            assertThat(System.currentTimeMillis()).as("the backlog failed while SMTP was down").isLessThan(until);
            Thread.sleep(100);
        }
        smtp = new GreenMail(new ServerSetup(TestPorts.SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        registration.register(new NewAccount("Drita Pasha", email("drita"), GOOD_PASSWORD,
                Locale.forLanguageTag("sq"), true), "client-retry").orElseThrow();
        delivery.retryPending();

        mailsTo(email("drita"), 1);
        java.util.List<String> order = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            order.add(m.getAllRecipients()[0].toString());
        }
        assertThat(order).as("the retry sent the backlog").hasSizeGreaterThan(2);
        // Whatever else is pending comes first in the retry; the scheduler's own sender may have
        // taken the confirmation at the same moment as the first retried message.
        assertThat(order.indexOf(email("drita"))).as("the confirmation's place among " + order).isLessThanOrEqualTo(1);
        for (int i = 0; i < 5 && failed("Pas ndërprerjes %") > 0; i++) {
            delivery.retryPending();
        }
        assertThat(failed("Pas ndërprerjes %")).as("the whole backlog went out in the end").isZero();
    }

    private long failed(String subjects) {
        return em.createQuery("SELECT COUNT(m) FROM MailMessage m WHERE m.subject LIKE :s AND m.recipient LIKE :r"
                        + " AND m.status = al.rrjeti.kernel.mail.MailStatus.FAILED", Long.class)
                .setParameter("s", subjects).setParameter("r", "backlog%." + RUN + "@example.al").getSingleResult();
    }

    @Test
    void registrationMailsALinkInTheChosenLanguageThatActivatesTheAccount() throws Exception {
        Account account = registration.register(new NewAccount("Arta Hoxha", email("arta"), GOOD_PASSWORD,
                Locale.forLanguageTag("sq"), true), "client-1").orElseThrow();
        assertThat(account.getStatus()).isEqualTo(AccountStatus.PENDING);
        assertThat(account.getRoles()).containsExactly(Role.CITIZEN);
        assertThat(login(email("arta"), GOOD_PASSWORD)).as("not before confirming").isFalse();

        MimeMessage mail = mailsTo(email("arta"), 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Konfirmoni adresën tuaj të e-mailit");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email("arta"));
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("text/plain").contains("text/html");
        String token = token(mail);

        registration.verify(token);
        assertThat(accounts.byEmail(email("arta"))).get().extracting(Account::getStatus)
                .isEqualTo(AccountStatus.ACTIVE);
        assertThat(login(email("arta"), GOOD_PASSWORD)).isTrue();
        assertThat(login(email("arta").toUpperCase(Locale.ROOT) + " ", GOOD_PASSWORD)).as("e-mail is case-insensitive").isTrue();
        assertThat(login(email("arta"), "wrong-password-1")).isFalse();

        assertThatThrownBy(() -> registration.verify(token)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("token.used");
    }

    @Test
    void englishSpeakersGetEnglishMail() throws Exception {
        registration.register(new NewAccount("Dritan", email("dritan"), GOOD_PASSWORD, Locale.ENGLISH, true),
                "client-2");
        assertThat(nextMail(email("dritan")).getSubject()).isEqualTo("Confirm your e-mail address");
    }

    @Test
    void expiredConfirmationLinkIsRefusedAndANewOneCanBeSent() throws Exception {
        registration.register(new NewAccount("Blerina", email("blerina"), GOOD_PASSWORD, Locale.ENGLISH, true),
                "client-3");
        String first = token(nextMail(email("blerina")));
        clock.advance(Duration.ofHours(49));
        assertThatThrownBy(() -> registration.verify(first)).extracting("messageKey").isEqualTo("token.expired");

        registration.resend(email("blerina"), "client-3");
        String second = token(nextMail(email("blerina")));
        assertThat(registration.verify(second).isActive()).isTrue();
        assertThatThrownBy(() -> registration.verify("not-a-token")).extracting("messageKey")
                .isEqualTo("token.invalid");
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndNothingIsSaved() {
        assertThatThrownBy(() -> registration.register(
                new NewAccount(" ", "not-an-email", "short", Locale.ENGLISH, false), "client-4"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .contains("displayName", "email", "password", "consent"));
        assertThatThrownBy(() -> registration.register(
                new NewAccount("Emanuela", email("emanuela"), "emanuela2026", Locale.ENGLISH, true), "client-4"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::messageKey)
                        .containsExactly("password.refused.email"));
        assertThat(accounts.byEmail(email("emanuela"))).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aTakenAddressIsAnsweredAsAFreeOneAndItsOwnerIsMailedInstead() throws Exception {
        registration.register(new NewAccount("Gent", email("gent"), GOOD_PASSWORD, Locale.forLanguageTag("sq"), true),
                "client-5");
        assertThat(mailsTo(email("gent"), 1).get(0).getSubject()).isEqualTo("Konfirmoni adresën tuaj të e-mailit");

        assertThat(registration.register(new NewAccount("Gent 2", email("GENT"), GOOD_PASSWORD, Locale.ENGLISH, true),
                "client-5")).as("no error: the form tells nobody who is registered").isEmpty();
        assertThat(mailsTo(email("gent"), 2).get(1).getSubject())
                .as("a pending account gets its confirmation link again").isEqualTo("Konfirmoni adresën tuaj të e-mailit");

        registration.verify(token(mailsTo(email("gent"), 2).get(1)));
        assertThat(registration.register(new NewAccount("Gent 3", email("gent"), "TjeterFjalekalim9", Locale.ENGLISH,
                true), "client-5")).isEmpty();
        MimeMessage told = mailsTo(email("gent"), 3).get(2);
        assertThat(told.getSubject()).as("in the owner's language").isEqualTo("Dikush u përpoq të regjistrohej me adresën tuaj");
        assertThat(GreenMailUtil.getBody(told).replace("=\r\n", "").replace("=3D", "=")).contains("forgot.xhtml");
        assertThat(login(email("gent"), GOOD_PASSWORD)).as("the account is unchanged").isTrue();
        assertThat(login(email("gent"), "TjeterFjalekalim9")).isFalse();
        assertThat(accounts.byEmail(email("gent"))).get().extracting(Account::getDisplayName).isEqualTo("Gent");
    }

    @Test
    void markupInTheNameIsKeptAsTextAndNeverReachesTheMailAsMarkup() throws Exception {
        registration.register(new NewAccount("<script>alert(1)</script>", email("xss"), GOOD_PASSWORD,
                Locale.ENGLISH, true), "client-6");
        assertThat(accounts.byEmail(email("xss"))).get().extracting(Account::getDisplayName)
                .isEqualTo("<script>alert(1)</script>");
        MimeMultipart parts = (MimeMultipart) nextMail(email("xss")).getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).as("plain text keeps it as typed")
                .contains("<script>alert(1)</script>");
        assertThat(parts.getBodyPart(1).getContent().toString()).as("HTML escapes it")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void aClassroomRegistersFromOneAddressWhileOneAddressOfMailIsLimited() {
        for (int i = 0; i < 12; i++) {
            registration.register(new NewAccount("Nxënës " + i, email("class" + i), GOOD_PASSWORD,
                    Locale.ENGLISH, true), "school-address");
        }
        for (int i = 0; i < 2; i++) {
            registration.resend(email("class0"), "school-address");
        }
        assertThatThrownBy(() -> registration.resend(email("CLASS0"), "school-address"))
                .as("the fourth mail to one address within the hour")
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.rate-limited");
                    assertThat(e.waitLeft()).as("the refusal says when to try again")
                            .isBetween(Duration.ofMinutes(1), Duration.ofMinutes(20));
                });
        registration.resend(email("class1"), "school-address");
    }

    @Test
    void anOldPasswordHashIsMadeAgainAtTodaysCostWhenItsOwnerLogsIn() throws Exception {
        Pbkdf2PasswordHash old = CDI.current().select(Pbkdf2PasswordHash.class).get();
        old.initialize(java.util.Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "1024", "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        String oldHash = old.generate(GOOD_PASSWORD.toCharArray());
        transaction.begin();
        Account account = new Account(email("vjeter"), "E vjetër", oldHash, Locale.ENGLISH, java.time.Instant.now());
        account.activate();
        accounts.add(account);
        transaction.commit();

        assertThat(login(email("vjeter"), "wrong-password-1")).isFalse();
        assertThat(accounts.byEmail(email("vjeter")).orElseThrow().getPasswordHash()).as("not on a failed login")
                .isEqualTo(oldHash);
        assertThat(login(email("vjeter"), GOOD_PASSWORD)).isTrue();
        String upgraded = accounts.byEmail(email("vjeter")).orElseThrow().getPasswordHash();
        assertThat(upgraded).as("at the installation's cost")
                .startsWith("PBKDF2WithHmacSHA256:" + TestArchives.SMTP_KERNEL_PASSWORD_ITERATIONS + ":");
        assertThat(login(email("vjeter"), GOOD_PASSWORD)).as("the new hash checks the same password").isTrue();
    }

    @Test
    void passwordResetByMailChangesThePasswordOnce() throws Exception {
        registration.register(new NewAccount("Lule", email("lule"), GOOD_PASSWORD, Locale.forLanguageTag("sq"),
                true), "client-7");
        registration.verify(token(nextMail(email("lule"))));

        reset.request(email("lule"), "client-7");
        reset.request(email("nobody"), "client-7");
        MimeMessage mail = nextMail(email("lule"));
        assertThat(mail.getSubject()).isEqualTo("Rivendosja e fjalëkalimit");
        String token = token(mail);

        assertThatThrownBy(() -> reset.reset(token, "weak")).isInstanceOf(InvalidInputException.class);
        reset.reset(token, "TjeterFjalekalim9");
        assertThat(login(email("lule"), "TjeterFjalekalim9")).isTrue();
        assertThat(login(email("lule"), GOOD_PASSWORD)).isFalse();
        assertThatThrownBy(() -> reset.reset(token, "EdheNjeTjeter8")).extracting("messageKey")
                .isEqualTo("token.used");
        assertThat(smtp.getReceivedMessages()).as("nothing sent for an unknown address").hasSize(2);
    }

    /** The kernel's mail for modules (an invitation's .ics, a newsletter's list headers), on the same SMTP set-up. */
    @Test
    void aModulesMailCarriesItsFilesAndListHeadersOverSmtp() throws Exception {
        String to = email("ftese");
        byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        transaction.begin();
        mail.send(to, Locale.forLanguageTag("sq"), "Ftesë për takimin", "Ju ftojmë në takim.",
                List.of(new al.rrjeti.kernel.api.MailAttachment("takimi-çështjet.ics", "text/calendar; charset=UTF-8", ics)),
                Map.of("List-Unsubscribe", "<https://rrjeti.example/api/x/unsubscribe?t=abc>",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        transaction.commit();

        MimeMessage received = mailsTo(to, 1).get(0);
        assertThat(received.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://rrjeti.example/api/x/unsubscribe?t=abc>");
        assertThat(received.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        MimeMultipart mixed = (MimeMultipart) received.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        assertThat(mixed.getCount()).isEqualTo(2);
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat((String) alternative.getBodyPart(0).getContent()).contains("Ju ftojmë në takim.");
        jakarta.mail.BodyPart file = mixed.getBodyPart(1);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(file.getFileName())).isEqualTo("takimi-çështjet.ics");
        assertThat(file.getContentType()).startsWith("text/calendar");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(ics);

        assertThatThrownBy(() -> mail.send(to, Locale.ENGLISH, "s", "t", List.of(), Map.of("Bcc", "x@example.al")))
                .as("only a mailing list's headers").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mail.send(to, Locale.ENGLISH, "s", "t", List.of(),
                Map.of("List-Id", "a\r\nBcc: x@example.al"))).as("no header injection")
                .isInstanceOf(IllegalArgumentException.class);
    }

    private boolean login(String email, String password) {
        return identityStore.validate(new UsernamePasswordCredential(email, password)).getStatus()
                == CredentialValidationResult.Status.VALID;
    }

    /** The mails received so far for one address, waiting until there are at least {@code count}. */
    private java.util.List<MimeMessage> mailsTo(String address, int count) throws Exception {
        // Generous: a fresh deployment's first delivery can wait behind mail queued by earlier test classes.
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            java.util.List<MimeMessage> to = new java.util.ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                    to.add(m);
                }
            }
            if (to.size() >= count || System.currentTimeMillis() > until) {
                assertThat(to).as("mails to " + address).hasSizeGreaterThanOrEqualTo(count);
                return to;
            }
            Thread.sleep(100);
        }
    }

    /**
     * The next mail to this address not yet taken by the test: mail goes out after the commit and
     * within a second, so a count of all messages could take another test's late mail instead.
     */
    private MimeMessage nextMail(String to) throws Exception {
        int taken = takenMails.merge(to, 1, Integer::sum);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mine = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (InternetAddress.toString(m.getRecipients(Message.RecipientType.TO)).contains(to)) {
                    mine.add(m);
                }
            }
            if (mine.size() >= taken) {
                return mine.get(taken - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail number " + taken + " to " + to + " within a minute");
    }

    private static String token(MimeMessage mail) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(m.find()).as("a link in the mail").isTrue();
        return m.group(1);
    }
}
