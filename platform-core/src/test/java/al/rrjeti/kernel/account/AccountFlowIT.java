package al.rrjeti.kernel.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.AccountIdentityStore;
import al.rrjeti.kernel.security.AccountStatus;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.TestArchives;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration, confirmation, password reset and e-mail change on a real Payara, with the mail
 * going over real SMTP to GreenMail.
 */
@ExtendWith(ArquillianExtension.class)
class AccountFlowIT {

    private static final String GOOD_PASSWORD = "Korrupsion2026";
    private static final Pattern LINK = Pattern.compile("https?://\\S+token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return TestArchives.kernelWithSmtp("account-it")
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core").withTransitivity().asFile());
    }

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

    private GreenMail smtp;

    /** The database outlives a run: every run uses addresses of its own. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static String email(String name) {
        return name + "." + RUN + "@example.al";
    }

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(TestArchives.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtpAndTime() {
        smtp.stop();
        clock.reset();
    }

    @Test
    void registrationMailsALinkInTheChosenLanguageThatActivatesTheAccount() throws Exception {
        Account account = registration.register(new NewAccount("Arta Hoxha", email("arta"), GOOD_PASSWORD,
                Locale.forLanguageTag("sq"), true), "client-1");
        assertThat(account.getStatus()).isEqualTo(AccountStatus.PENDING);
        assertThat(account.getRoles()).containsExactly(Role.CITIZEN);
        assertThat(login(email("arta"), GOOD_PASSWORD)).as("not before confirming").isFalse();

        MimeMessage mail = nextMail();
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
        assertThat(nextMail().getSubject()).isEqualTo("Confirm your e-mail address");
    }

    @Test
    void expiredConfirmationLinkIsRefusedAndANewOneCanBeSent() throws Exception {
        registration.register(new NewAccount("Blerina", email("blerina"), GOOD_PASSWORD, Locale.ENGLISH, true),
                "client-3");
        String first = token(nextMail());
        clock.advance(Duration.ofHours(49));
        assertThatThrownBy(() -> registration.verify(first)).extracting("messageKey").isEqualTo("token.expired");

        registration.resend(email("blerina"), "client-3");
        String second = token(nextMail());
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
                        .containsExactly("password.rule.guessable"));
        assertThat(accounts.byEmail(email("emanuela"))).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void duplicateEmailIsRefusedWhateverItsCase() {
        registration.register(new NewAccount("Gent", email("gent"), GOOD_PASSWORD, Locale.ENGLISH, true),
                "client-5");
        assertThatThrownBy(() -> registration.register(
                new NewAccount("Gent 2", email("GENT"), GOOD_PASSWORD, Locale.ENGLISH, true), "client-5"))
                .extracting("messageKey").isEqualTo("registration.email-taken");
    }

    @Test
    void markupInTheNameIsKeptAsTextAndNeverReachesTheMailAsMarkup() throws Exception {
        registration.register(new NewAccount("<script>alert(1)</script>", email("xss"), GOOD_PASSWORD,
                Locale.ENGLISH, true), "client-6");
        assertThat(accounts.byEmail(email("xss"))).get().extracting(Account::getDisplayName)
                .isEqualTo("<script>alert(1)</script>");
        MimeMultipart parts = (MimeMultipart) nextMail().getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).as("plain text keeps it as typed")
                .contains("<script>alert(1)</script>");
        assertThat(parts.getBodyPart(1).getContent().toString()).as("HTML escapes it")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void registrationsFromOneClientAreRateLimited() {
        for (int i = 0; i < 5; i++) {
            registration.register(new NewAccount("Person " + i, email("rate" + i), GOOD_PASSWORD,
                    Locale.ENGLISH, true), "client-busy");
        }
        assertThatThrownBy(() -> registration.register(new NewAccount("Person 6", email("rate6"),
                GOOD_PASSWORD, Locale.ENGLISH, true), "client-busy"))
                .extracting("messageKey").isEqualTo("error.rate-limited");
    }

    @Test
    void passwordResetByMailChangesThePasswordOnce() throws Exception {
        registration.register(new NewAccount("Lule", email("lule"), GOOD_PASSWORD, Locale.forLanguageTag("sq"),
                true), "client-7");
        registration.verify(token(nextMail()));

        reset.request(email("lule"), "client-7");
        reset.request(email("nobody"), "client-7");
        MimeMessage mail = nextMail();
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

    private boolean login(String email, String password) {
        return identityStore.validate(new UsernamePasswordCredential(email, password)).getStatus()
                == CredentialValidationResult.Status.VALID;
    }

    private MimeMessage nextMail() throws InterruptedException {
        int before = smtp.getReceivedMessages().length;
        assertThat(smtp.waitForIncomingEmail(15_000, before + 1)).as("mail arrives").isTrue();
        MimeMessage[] all = smtp.getReceivedMessages();
        return all[all.length - 1];
    }

    private static String token(MimeMessage mail) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(m.find()).as("a link in the mail").isTrue();
        return m.group(1);
    }
}
