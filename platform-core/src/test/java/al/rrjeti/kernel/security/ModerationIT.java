package al.rrjeti.kernel.security;

import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.audit.AuditEntry;
import al.rrjeti.kernel.audit.AuditReview;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.testing.Concurrently;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The moderators' work on accounts, and the audit trail it leaves. */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Inject
    private Fixtures fixtures;

    @Inject
    private UserAdministration users;

    @Inject
    private AuditReview audit;

    @Inject
    private AccountIdentityStore identityStore;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Concurrently concurrently;

    @Test
    void eightWritersRecordingFiftyEntriesEachNeverFailOnKeys() throws Exception {
        List<Throwable> failures = concurrently.run(8, 50, (writer, round) -> auditLog.record("writer-" + writer
                + "@example.al", "test.concurrent." + RUN, "round " + round, null));
        assertThat(failures).as("no insert fails on Derby's identity generator").isEmpty();
        assertThat(auditLog.latest("test.concurrent." + RUN, 1000)).hasSize(8 * 50)
                .extracting(AuditEntry::getId).doesNotHaveDuplicates();
    }

    @AfterEach
    void anonymousAgain() {
        ActingUser.actAs(null);
    }

    private static String email(String name) {
        return name + "." + RUN + "@example.al";
    }

    @Test
    void blockedAccountCannotLogInUntilUnblockedAndBothAreAudited() {
        Account citizen = fixtures.account(email("troll"), "Troll", Role.CITIZEN);
        fixtures.account(email("mod"), "Mod", Role.MODERATOR);
        ActingUser.actAs(email("mod"));

        assertThatThrownBy(() -> users.block(citizen.getId(), "no")).as("a reason is needed")
                .hasMessageContaining("moderation.user.reason");
        users.block(citizen.getId(), "Fyerje të përsëritura në forum.");
        assertThat(login(email("troll"))).isFalse();
        users.unblock(citizen.getId());
        assertThat(login(email("troll"))).isTrue();

        assertThat(audit.search(email("mod"), "account.", Instant.now().minus(1, ChronoUnit.HOURS), null))
                .extracting(AuditEntry::getAction).containsExactly("account.unblocked", "account.blocked");
        assertThat(audit.search(null, "account.blocked", null, Instant.now().minus(1, ChronoUnit.DAYS)))
                .as("the date filter excludes today's entries").isEmpty();
    }

    @Test
    void moderatorsGiveStaffRolesButOnlyOperatorsMakeOperators() {
        Account person = fixtures.account(email("person"), "Person", Role.CITIZEN);
        fixtures.account(email("mod2"), "Mod", Role.MODERATOR);
        ActingUser.actAs(email("mod2"));

        users.setRole(person.getId(), Role.EDITOR, true);
        assertThat(users.get(person.getId()).getRoles()).contains(Role.EDITOR);
        assertThatThrownBy(() -> users.setRole(person.getId(), Role.OPERATOR, true))
                .hasMessageContaining("error.access.denied");
        assertThatThrownBy(() -> users.setRole(person.getId(), Role.CSO_MEMBER, true))
                .as("network roles come from verified organisations only").hasMessageContaining("error.access.denied");

        ActingUser.actAs("operator@rrjeti.local");
        users.setRole(person.getId(), Role.OPERATOR, true);
        users.setRole(person.getId(), Role.OPERATOR, false);
        assertThat(users.get(person.getId()).getRoles()).doesNotContain(Role.OPERATOR);
        assertThatThrownBy(() -> users.block(users.search("operator@rrjeti.local").get(0).getId(), "Pa arsye fare"))
                .hasMessageContaining("moderation.user.cannot-block");
    }

    @Test
    void citizensAndAnonymousVisitorsCannotModerate() {
        Account target = fixtures.account(email("target"), "Target", Role.CITIZEN);
        fixtures.account(email("citizen"), "Citizen", Role.CITIZEN);
        ActingUser.actAs(email("citizen"));
        assertThatThrownBy(() -> users.search("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.block(target.getId(), "Arsye e gjatë")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.search(null, null, null, null)).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(null);
        assertThatThrownBy(() -> users.setRole(target.getId(), Role.EDITOR, true))
                .isInstanceOf(AccessDeniedException.class);
    }

    private boolean login(String email) {
        return identityStore.validate(new UsernamePasswordCredential(email, "Fjalekalim2026")).getStatus()
                == CredentialValidationResult.Status.VALID;
    }
}
