package al.rrjeti.kernel.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.mail.Mailer;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.AccountIdentityStore;
import al.rrjeti.kernel.security.AccountStatus;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What people change about their own account: profile, password, e-mail, deletion. */
@ExtendWith(ArquillianExtension.class)
class AccountSettingsIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String PASSWORD = "Fjalekalim2026";

    @Inject
    private AccountSettings settings;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Accounts accounts;

    @Inject
    private Mailer mailer;

    @Inject
    private AccountIdentityStore identityStore;

    @Inject
    private People people;

    @AfterEach
    void anonymousAgain() {
        ActingUser.actAs(null);
    }

    private Account me(String name) {
        Account a = fixtures.account(name + "." + RUN + "@example.al", name, Role.CITIZEN);
        ActingUser.actAs(a.getEmail());
        return a;
    }

    @Test
    void profileAndPasswordChangesAreCheckedAndSaved() {
        Account a = me("profile");
        settings.updateProfile("  Emri i Ri  ", Locale.ENGLISH);
        assertThat(accounts.byId(a.getId()).orElseThrow()).satisfies(x -> {
            assertThat(x.getDisplayName()).isEqualTo("Emri i Ri");
            assertThat(x.getLanguage()).isEqualTo(Locale.ENGLISH);
        });
        assertThatThrownBy(() -> settings.updateProfile("x", Locale.ENGLISH)).isInstanceOf(InvalidInputException.class);

        assertThatThrownBy(() -> settings.changePassword("wrong-one-123", "NjeTjeter2026"))
                .hasMessageContaining("account.password.wrong");
        assertThatThrownBy(() -> settings.changePassword(PASSWORD, "short")).isInstanceOf(InvalidInputException.class);
        settings.changePassword(PASSWORD, "NjeTjeter2026");
        assertThat(login(a.getEmail(), "NjeTjeter2026")).isTrue();
        assertThat(login(a.getEmail(), PASSWORD)).isFalse();
    }

    @Test
    void newEmailCountsOnlyOnceConfirmedFromTheNewAddress() {
        Account a = me("mover");
        String newEmail = "moved." + RUN + "@example.al";
        settings.requestEmailChange(newEmail, PASSWORD);
        assertThat(accounts.byId(a.getId()).orElseThrow().getEmail()).as("old address until confirmed")
                .isEqualTo(a.getEmail());
        String mail = mailer.latestTo(newEmail, 1).stream().findFirst()
                .orElseThrow().getText();
        Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail);
        assertThat(token.find()).isTrue();

        settings.confirmEmailChange(token.group(1));
        assertThat(login(newEmail, PASSWORD)).isTrue();
        assertThat(login(a.getEmail(), PASSWORD)).isFalse();
        assertThatThrownBy(() -> settings.confirmEmailChange(token.group(1))).hasMessageContaining("token.used");
    }

    @Test
    void deletingTheAccountRemovesPersonalDataButKeepsTheRow() {
        Account a = me("leaver");
        assertThatThrownBy(() -> settings.deleteAccount("not-my-password")).hasMessageContaining("account.password.wrong");
        settings.deleteAccount(PASSWORD);
        Account gone = accounts.byId(a.getId()).orElseThrow();
        assertThat(gone.getStatus()).isEqualTo(AccountStatus.DELETED);
        assertThat(gone.getEmail()).doesNotContain("leaver").endsWith("@deleted.invalid");
        assertThat(gone.getDisplayName()).isEmpty();
        assertThat(gone.getRoles()).isEmpty();
        assertThat(accounts.byEmail(a.getEmail())).as("the address is free again").isEmpty();
        assertThat(login(a.getEmail(), PASSWORD)).isFalse();
        assertThat(people.displayName(a.getId(), Locale.forLanguageTag("sq"))).as("shown beside old posts")
                .isEqualTo("llogari e fshirë");
        assertThat(people.displayName(a.getId(), Locale.ENGLISH)).isEqualTo("deleted account");
    }

    private boolean login(String email, String password) {
        return identityStore.validate(new UsernamePasswordCredential(email, password)).getStatus()
                == CredentialValidationResult.Status.VALID;
    }
}
