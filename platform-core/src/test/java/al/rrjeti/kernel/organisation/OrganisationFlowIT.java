package al.rrjeti.kernel.organisation;

import al.rrjeti.kernel.api.OrganisationType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.mail.MailMessage;
import al.rrjeti.kernel.mail.Mailer;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Organisations on a real Payara: registration, verification, roles, invitations, permissions. */
@ExtendWith(ArquillianExtension.class)
class OrganisationFlowIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Inject
    private Fixtures fixtures;

    @Inject
    private OrganisationRegistration registration;

    @Inject
    private OrganisationVerification verification;

    @Inject
    private OrganisationMembers members;

    @Inject
    private Directory directory;

    @Inject
    private CurrentUser caller;

    @Inject
    private Mailer mailer;

    @Inject
    private AuditLog audit;

    @AfterEach
    void anonymousAgain() {
        ActingUser.actAs(null);
    }

    private static String email(String name) {
        return name + "." + RUN + "@example.al";
    }

    private static OrganisationDetails cso(String name) {
        return new OrganisationDetails(OrganisationType.CSO, name, "L" + RUN.toUpperCase(Locale.ROOT),
                "Rruga e Kavajës 1, Tiranë", "https://example.al", "info@example.al",
                "Monitorojmë prokurimet publike.", "We monitor public procurement.");
    }

    private static Upload pdf() {
        return new Upload(new ByteArrayInputStream(Fixtures.pdf()), "ekstrakt.pdf");
    }

    private static Upload png() {
        return new Upload(new ByteArrayInputStream(Fixtures.png()), "logo.png");
    }

    @Test
    void registeredCsoIsVerifiedAndItsMembersBecomeCsoMembers() {
        fixtures.account(email("rep"), "Përfaqësuesi");
        fixtures.account(email("mod"), "Moderatori", Role.MODERATOR);
        fixtures.account(email("newbie"), "Anëtari i ri");

        ActingUser.actAs(email("rep"));
        Organisation org = registration.register(cso("Qendra " + RUN), png(), pdf());
        assertThat(org.getStatus()).isEqualTo(OrganisationStatus.PENDING);
        assertThat(org.getLogoFileId()).isNotNull();
        assertThat(caller.hasRole(Role.CSO_MEMBER)).as("acts as a citizen until verified").isFalse();
        assertThat(directory.listing(OrganisationType.CSO, RUN)).as("not public yet").isEmpty();
        assertThat(lastMailTo(email("mod")).getSubject()).contains("Qendra " + RUN);

        assertThatThrownBy(() -> verification.verify(org.getId())).as("a representative cannot verify himself")
                .isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(email("mod"));
        assertThat(verification.queue()).extracting(Organisation::getId).contains(org.getId());
        verification.verify(org.getId());
        assertThat(lastMailTo(email("rep")).getSubject()).isEqualTo("Organizata juaj u verifikua");
        assertThat(audit.latest("organisation.verified", 1).get(0).getSubject())
                .isEqualTo("organisation#" + org.getId());

        ActingUser.actAs(email("rep"));
        assertThat(caller.hasRole(Role.CSO_MEMBER)).isTrue();
        assertThat(directory.listing(OrganisationType.CSO, RUN)).extracting(l -> l.organisation().getId())
                .containsExactly(org.getId());

        members.invite(org.getId(), email("newbie"), Locale.ENGLISH);
        String token = token(lastMailTo(email("newbie")).getText());
        ActingUser.actAs(email("mod"));
        assertThatThrownBy(() -> members.accept(token)).as("only the invited address may accept")
                .hasMessageContaining("invitation.other-account");
        ActingUser.actAs(email("newbie"));
        members.accept(token);
        assertThat(caller.hasRole(Role.CSO_MEMBER)).isTrue();
        assertThat(directory.get(org.getId())).get().extracting(Directory.Listing::members).isEqualTo(2L);

        ActingUser.actAs(email("mod"));
        verification.revoke(org.getId(), "Dokumenti i regjistrimit ka skaduar.");
        ActingUser.actAs(email("newbie"));
        assertThat(caller.hasRole(Role.CSO_MEMBER)).as("revoking takes the role away at once").isFalse();
        assertThat(directory.listing(OrganisationType.CSO, RUN)).isEmpty();
    }

    @Test
    void onlyTheRepresentativeManagesMembers() {
        fixtures.account(email("rep2"), "Rep");
        fixtures.account(email("other"), "Tjetri");
        ActingUser.actAs(email("rep2"));
        Organisation org = registration.register(cso("Shoqata " + RUN), null, pdf());

        ActingUser.actAs(email("other"));
        assertThatThrownBy(() -> members.invite(org.getId(), "x@example.al", Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.members(org.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> verification.queue()).isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(null);
        assertThatThrownBy(() -> registration.register(cso("Anonime"), null, pdf()))
                .isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(email("rep2"));
        Long me = caller.account().orElseThrow().getId();
        assertThatThrownBy(() -> members.remove(org.getId(), me))
                .hasMessageContaining("organisation.representative.cannot-leave");
    }

    @Test
    void badDetailsAndFilesAreRefusedAndNothingIsSaved() {
        fixtures.account(email("rep3"), "Rep");
        ActingUser.actAs(email("rep3"));
        int before = members.mine().size();

        assertThatThrownBy(() -> registration.register(new OrganisationDetails(OrganisationType.MEDIA, "",
                "!", null, "javascript:alert(1)", "not-an-email", "", ""), null, pdf()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .contains("name", "registrationNumber", "website", "contactEmail", "descriptionSq"));

        Upload exe = new Upload(new ByteArrayInputStream(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}),
                "raport.pdf");
        assertThatThrownBy(() -> registration.register(cso("Exe " + RUN), null, exe))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.type"));

        Upload fakeLogo = new Upload(new ByteArrayInputStream(Fixtures.pdf()), "logo.png");
        assertThatThrownBy(() -> registration.register(cso("Logo " + RUN), fakeLogo, pdf()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.type"));

        byte[] png = Fixtures.png();
        byte[] big = new byte[3 * 1024 * 1024];
        System.arraycopy(png, 0, big, 0, png.length);
        assertThatThrownBy(() -> registration.register(cso("Big " + RUN),
                new Upload(new ByteArrayInputStream(big), "big.png"), pdf()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.too-large"));

        assertThatThrownBy(() -> registration.register(cso("NoProof " + RUN), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("organisation.proof.required"));
        assertThat(members.mine()).as("nothing half-saved").hasSize(before);
    }

    @Test
    void rejectionNeedsAReasonAndTellsTheRepresentativeWhy() {
        fixtures.account(email("rep4"), "Rep");
        fixtures.account(email("mod4"), "Mod", Role.MODERATOR);
        ActingUser.actAs(email("rep4"));
        Organisation org = registration.register(cso("Refuzuar " + RUN), null, pdf());
        ActingUser.actAs(email("mod4"));
        assertThatThrownBy(() -> verification.reject(org.getId(), " ")).isInstanceOf(InvalidInputException.class);
        verification.reject(org.getId(), "Numri i regjistrimit nuk përputhet me QKB-në.");
        assertThat(lastMailTo(email("rep4")).getText()).contains("Numri i regjistrimit nuk përputhet me QKB-në.");
        assertThatThrownBy(() -> verification.revoke(org.getId(), "Nuk është e verifikuar"))
                .hasMessageContaining("organisation.decision.not-now");
    }

    private MailMessage lastMailTo(String to) {
        return mailer.latestTo(to, 1).stream().findFirst().orElseThrow();
    }

    private static String token(String text) {
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
