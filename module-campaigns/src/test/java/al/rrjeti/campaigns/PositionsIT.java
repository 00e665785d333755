package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.campaigns.Network.Org;
import al.rrjeti.campaigns.application.PositionComments;
import al.rrjeti.campaigns.application.PositionDraft;
import al.rrjeti.campaigns.application.PositionService;
import al.rrjeti.campaigns.application.VersionDiff;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.campaigns.domain.PositionComment;
import al.rrjeti.campaigns.domain.PositionStatus;
import al.rrjeti.campaigns.domain.ProposalStatus;
import al.rrjeti.campaigns.domain.PositionText;
import al.rrjeti.campaigns.domain.Signature;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.limits.RateLimitedException;
import al.rrjeti.kernel.mail.MailMessage;
import al.rrjeti.kernel.mail.Mailer;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Joint positions on a real server: versions, signing rights, publication at the N-th signature, the freeze. */
@ExtendWith(ArquillianExtension.class)
class PositionsIT {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Inject
    private PositionService positions;

    @Inject
    private Network network;

    @Inject
    private al.rrjeti.kernel.testing.Concurrently concurrently;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Mailer mailer;

    @Inject
    private CampaignsTestArchive archive;

    @Inject
    private PositionComments comments;

    @Inject
    private al.rrjeti.campaigns.infrastructure.CampaignsPersonalData personalData;

    @Inject
    private al.rrjeti.kernel.api.Caller caller;

    @Inject
    private al.rrjeti.kernel.notification.Notifications notifications;

    @Inject
    private al.rrjeti.kernel.api.PlatformClock clock;

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
        clock.reset();
    }

    private static PositionDraft draft(String body, Integer atSignatures, String institutionEmail) {
        return new PositionDraft("Për një ligj më të mirë të prokurimit", "For a better procurement law", body,
                "English text.", "Ligji nr. 162/2020 për prokurimin publik", "Ministria e Financave",
                institutionEmail, null, atSignatures, null);
    }

    private Position drafted(Org org, int atSignatures, String institutionEmail) {
        ActingUser.actAs(org.representative());
        return positions.draft(org.id(), draft("Paragrafi i parë.\nParagrafi i dytë.", atSignatures, institutionEmail));
    }

    @Test
    void everyEditIsANewVersionAndTheDiffShowsWhatChanged() {
        Org a = network.organisation(OrganisationType.CSO, "Qendra A");
        String member = network.member(a);
        ActingUser.actAs(member);
        Position p = positions.draft(a.id(), draft("Paragrafi i parë.\nParagrafi i dytë.", 2, "info@financa.gov.al"));
        String firstHash = p.getTextHash();
        positions.edit(p.getId(), draft("Paragrafi i parë.\nParagrafi i dytë, i ndryshuar.", 2, "info@financa.gov.al"));
        positions.edit(p.getId(), draft("Paragrafi i parë.\nParagrafi i dytë, i ndryshuar.", 3, "info@financa.gov.al"));

        assertThat(positions.versions(p.getId())).as("the same text again is no new version")
                .extracting(v -> v.getNumber()).containsExactly(1, 2);
        Position now = positions.read(p.getId());
        assertThat(now.getTextHash()).isNotEqualTo(firstHash).hasSize(64);
        assertThat(now.getPublishAtSignatures()).isEqualTo(3);

        VersionDiff diff = positions.diff(p.getId(), 1, 2);
        assertThat(diff.changed()).isTrue();
        assertThat(diff.albanian()).extracting(l -> l.kind() + ":" + l.text()).containsExactly(
                "SAME:Për një ligj më të mirë të prokurimit", "SAME:Paragrafi i parë.",
                "REMOVED:Paragrafi i dytë.", "ADDED:Paragrafi i dytë, i ndryshuar.");
        assertThat(diff.english()).allMatch(l -> l.kind() == VersionDiff.Kind.SAME);

        ActingUser.actAs(network.organisation(OrganisationType.CSO, "Qendra e huaj").representative());
        assertThatThrownBy(() -> positions.edit(p.getId(), draft("Tjetër.", 2, "info@financa.gov.al")))
                .as("another organisation cannot edit").isInstanceOf(AccessDeniedException.class);
        assertThat(positions.read(p.getId()).getId()).as("but reads the draft, to discuss it").isEqualTo(p.getId());
        String citizen = Network.unique("citizen");
        fixtures.account(citizen, "Qytetar", Role.CITIZEN);
        ActingUser.actAs(citizen);
        assertThatThrownBy(() -> positions.read(p.getId())).as("a citizen does not read the draft")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void otherOrganisationsCommentAndProposeAndOnlyTheInitiatorsAcceptIntoANewVersionOrRejectWithAReason() {
        Org a = network.organisation(OrganisationType.CSO, "Qendra Nismëtare");
        Org b = network.organisation(OrganisationType.CSO, "Qendra Komentuese");
        String proposer = network.member(b);
        ActingUser.actAs(a.representative());
        Position p = positions.draft(a.id(), draft("Paragrafi i parë.\n\nParagrafi i dytë.", 3, "info@financa.gov.al"));
        positions.open(p.getId());
        positions.sign(p.getId(), a.id());

        String citizen = Network.unique("citizen");
        fixtures.account(citizen, "Qytetar", Role.CITIZEN);
        String unverified = Network.unique("unverified");
        fixtures.account(unverified, "Pa organizatë", Role.CSO_MEMBER);
        for (String who : List.of(citizen, unverified)) {
            ActingUser.actAs(who);
            assertThatThrownBy(() -> comments.comment(p.getId(), "sq", 0, "Koment.", null)).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }

        ActingUser.actAs(proposer);
        assertThat(comments.mayComment(positions.read(p.getId()))).isTrue();
        PositionComment remark = comments.comment(p.getId(), "sq", 0, "**Mirë**, por " + SCRIPT, null);
        assertThat(remark.getBody()).as("kept as typed; rendered through the sanitiser").contains(SCRIPT);
        assertThat(remark.getOrganisationId()).isEqualTo(b.id());
        assertThatThrownBy(() -> comments.comment(p.getId(), "sq", 7, "Koment.", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .containsExactly("paragraph:campaigns.comment.paragraph.unknown"));
        assertThatThrownBy(() -> comments.comment(p.getId(), "sq", 1, " ", " ")).isInstanceOf(InvalidInputException.class);
        PositionComment better = comments.comment(p.getId(), "sq", 1, "Më qartë.", "Paragrafi i dytë, më i qartë.");
        PositionComment later = comments.comment(p.getId(), "sq", 1, null, "Paragrafi i dytë, ndryshe.");
        PositionComment first = comments.comment(p.getId(), "sq", 0, null, "Paragrafi i parë, ndryshe.");
        assertThatThrownBy(() -> comments.accept(better.getId())).as("only the initiators accept")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.reject(better.getId(), "Jo.")).isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(a.representative());
        Position accepted = comments.accept(better.getId());
        assertThat(accepted.getVersionNumber()).isEqualTo(2);
        assertThat(positions.read(p.getId()).getBody().getSq()).isEqualTo("Paragrafi i parë.\n\nParagrafi i dytë, më i qartë.");
        assertThat(positions.diff(p.getId(), 1, 2).albanian()).extracting(l -> l.kind() + ":" + l.text())
                .contains("REMOVED:Paragrafi i dytë.", "ADDED:Paragrafi i dytë, më i qartë.");
        assertThat(positions.signatures(p.getId())).as("the signature of the old text asks to be renewed")
                .allMatch(s -> s.needsRenewal(positions.read(p.getId())));
        assertThatThrownBy(() -> comments.accept(better.getId())).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("campaigns.proposal.decided"));
        assertThatThrownBy(() -> comments.accept(later.getId())).as("its paragraph changed since")
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaigns.proposal.outdated"));
        assertThatThrownBy(() -> comments.reject(first.getId(), " ")).isInstanceOf(InvalidInputException.class);
        comments.reject(first.getId(), "E pamë të panevojshme.");
        assertThat(comments.comments(p.getId())).filteredOn(c -> c.getId().equals(first.getId())).singleElement()
                .satisfies(c -> {
                    assertThat(c.getStatus()).isEqualTo(ProposalStatus.REJECTED);
                    assertThat(c.getDecisionReason()).isEqualTo("E pamë të panevojshme.");
                });

        ActingUser.actAs(proposer);
        assertThat(notifications.mine(2)).as("the proposer hears of both decisions").extracting(n -> n.getType())
                .containsExactly("campaigns.proposal", "campaigns.proposal");
        assertThat((List<?>) personalData.export(caller.requireAccount().getId()).get("commentsWritten"))
                .as("the proposer's export").hasSize(4);
    }

    @Test
    void commentsAreRateLimitedAndAFrozenPositionTakesNoMore() {
        Org a = network.organisation(OrganisationType.CSO, "Qendra Shpejt");
        Position p = drafted(a, 1, "info@financa.gov.al");
        for (int i = 0; i < 20; i++) {
            comments.comment(p.getId(), "sq", 0, "Koment " + i, null);
        }
        assertThatThrownBy(() -> comments.comment(p.getId(), "sq", 0, "Edhe një.", null))
                .isInstanceOf(RateLimitedException.class);
        assertThat(comments.comments(p.getId())).hasSize(20);
        positions.open(p.getId());
        positions.sign(p.getId(), a.id());
        String other = network.member(network.organisation(OrganisationType.CSO, "Qendra Vonë"));
        ActingUser.actAs(other);
        assertThat(comments.mayComment(positions.read(p.getId()))).isFalse();
        assertThatThrownBy(() -> comments.comment(p.getId(), "sq", 0, "Vonë.", null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaigns.position.frozen"));
    }

    @Test
    void onlyARepresentativeSignsAndOnlyOncePerOrganisation() {
        Org a = network.organisation(OrganisationType.CSO, "Qendra A");
        Org b = network.organisation(OrganisationType.CSO, "Qendra B");
        String member = network.member(a);
        Position p = drafted(a, 5, "info@drejtesia.gov.al");

        assertThatThrownBy(() -> positions.sign(p.getId(), a.id())).as("a draft is not signed yet")
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaigns.position.not-open"));
        positions.open(p.getId());

        ActingUser.actAs(member);
        assertThatThrownBy(() -> positions.sign(p.getId(), a.id())).as("a member who does not represent")
                .isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(b.representative());
        assertThatThrownBy(() -> positions.sign(p.getId(), a.id())).as("another organisation's representative")
                .isInstanceOf(AccessDeniedException.class);
        String citizen = Network.unique("citizen");
        fixtures.account(citizen, "Qytetar", Role.CITIZEN);
        ActingUser.actAs(citizen);
        assertThatThrownBy(() -> positions.sign(p.getId(), a.id())).isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(a.representative());
        assertThat(positions.sign(p.getId(), a.id())).isFalse();
        assertThatThrownBy(() -> positions.sign(p.getId(), a.id())).as("one signature per organisation")
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaigns.signature.already"));

        List<Signature> signatures = positions.signatures(p.getId());
        assertThat(signatures).singleElement().satisfies(s -> {
            assertThat(s.getOrganisationId()).isEqualTo(a.id());
            assertThat(s.getSignedAt()).isNotNull();
            assertThat(s.getTextHash()).isEqualTo(new PositionText("Për një ligj më të mirë të prokurimit",
                    "For a better procurement law", "Paragrafi i parë.\nParagrafi i dytë.", "English text.").sha256());
        });
    }

    @Test
    void signaturesAtTheSameMomentPublishOnceAndADoubleClickSignsOnce() throws Exception {
        Org a = network.organisation(OrganisationType.CSO, "Qendra A");
        Org b = network.organisation(OrganisationType.CSO, "Qendra B");
        Org c = network.organisation(OrganisationType.CSO, "Qendra C");
        Org d = network.organisation(OrganisationType.CSO, "Qendra D");
        String institution = Network.unique("kabineti");
        Position p = drafted(a, 3, institution);
        positions.open(p.getId());
        ActingUser.actAs(null);
        // A's representative clicks twice; four organisations sign at once for a rule of three.
        List<Org> signers = List.of(a, a, b, c, d);

        List<Throwable> failures = concurrently.run(signers.size(), 1, (writer, round) -> {
            ActingUser.actAsOnThisThread(signers.get(writer).representative());
            try {
                positions.sign(p.getId(), signers.get(writer).id());
            } finally {
                ActingUser.actAsOnThisThread(null);
            }
        });

        assertThat(failures).as("two of five are refused with a message: signed already, or published already")
                .hasSize(2).allSatisfy(f -> assertThat(f).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isIn("campaigns.signature.already", "campaigns.position.frozen")));
        ActingUser.actAs(a.representative());
        assertThat(positions.read(p.getId()).getStatus()).isEqualTo(PositionStatus.PUBLISHED);
        assertThat(positions.signatures(p.getId())).as("one signature per organisation, three in all").hasSize(3)
                .extracting(Signature::getOrganisationId).doesNotHaveDuplicates();
        assertThat(mailer.latestTo(institution, 5)).as("published once: one letter").hasSize(1);
    }

    @Test
    void onItsDateTheJobPublishesASignedPositionOnceAndAnUnsignedOneWaits() {
        Org a = network.organisation(OrganisationType.CSO, "Qendra A");
        String institution = Network.unique("bashkia");
        LocalDate on = LocalDate.now(java.time.ZoneId.of("Europe/Tirane")).plusDays(2);
        ActingUser.actAs(a.representative());
        Position p = positions.draft(a.id(), new PositionDraft("Për buxhetin e hapur", null, "Teksti.", null,
                "Ligji për buxhetin", "Bashkia", institution, null, null, on));
        positions.open(p.getId());
        positions.publishDue();
        assertThat(positions.read(p.getId()).getStatus()).as("before its date").isEqualTo(PositionStatus.OPEN);

        clock.advance(java.time.Duration.ofDays(3));
        positions.publishDue();
        assertThat(positions.read(p.getId()).getStatus()).as("its date, but no signature yet")
                .isEqualTo(PositionStatus.OPEN);
        assertThat(positions.sign(p.getId(), a.id())).as("a date rule publishes through the job").isFalse();
        positions.publishDue();
        positions.publishDue();
        Position published = positions.read(p.getId());
        assertThat(published.getStatus()).isEqualTo(PositionStatus.PUBLISHED);
        assertThat(published.getPublishedAt()).isNotNull();
        assertThat(mailer.latestTo(institution, 5)).as("one letter, whatever the job's runs").hasSize(1);
    }

    @Test
    void theNthSignaturePublishesSendsTheLetterAndFreezesTheText() {
        Org a = network.organisation(OrganisationType.CSO, "Qendra A");
        Org b = network.organisation(OrganisationType.CSO, "Qendra B");
        Org c = network.organisation(OrganisationType.CSO, "Qendra C");
        Org d = network.organisation(OrganisationType.CSO, "Qendra D");
        String institution = Network.unique("kabineti");
        Position p = drafted(a, 3, institution);
        positions.open(p.getId());
        positions.sign(p.getId(), a.id());
        ActingUser.actAs(b.representative());
        positions.sign(p.getId(), b.id());

        ActingUser.actAs(a.representative());
        positions.edit(p.getId(), draft("Paragrafi i parë.\nParagrafi i ri.", 3, institution));
        assertThat(positions.signatures(p.getId())).as("an edit asks for the signatures again")
                .allMatch(s -> s.needsRenewal(positions.read(p.getId())));

        ActingUser.actAs(c.representative());
        assertThat(positions.sign(p.getId(), c.id())).as("two signatures need renewing: one valid of three").isFalse();
        ActingUser.actAs(b.representative());
        assertThat(positions.sign(p.getId(), b.id())).as("renewed").isFalse();
        ActingUser.actAs(a.representative());
        assertThat(positions.sign(p.getId(), a.id())).as("the third valid signature publishes").isTrue();

        Position published = positions.read(p.getId());
        assertThat(published.getStatus()).isEqualTo(PositionStatus.PUBLISHED);
        assertThat(published.getPublishedAt()).isNotNull();
        List<MailMessage> mails = mailer.latestTo(institution, 5);
        assertThat(mails).as("one letter to the institution").hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("Për një ligj më të mirë të prokurimit");
        assertThat(mails.get(0).getText()).contains("Paragrafi i ri.", a.name(), b.name(), c.name(),
                "RRJETI-QP-" + p.getId() + "-v2", "Ligji nr. 162/2020");
        assertThat(mails.get(0).getAttachments()).as("the letter travels as a PDF attachment").singleElement()
                .satisfies(pdf -> {
                    assertThat(pdf.getFileName()).isEqualTo("RRJETI-QP-" + p.getId() + "-v2.pdf");
                    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
                    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.getContent())) {
                        assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                                .contains("RRJETI-QP-" + p.getId() + "-v2", "Paragrafi i ri.");
                    } catch (java.io.IOException e) {
                        throw new AssertionError(e);
                    }
                });
        assertThat(published.getLibraryPath()).as("the initiator's own signature published: deposited at once")
                .startsWith("/library/submission.xhtml?id=");
        assertThat(archive.received()).filteredOn(r -> r.deposit().sourceLink().equals("/campaigns/position.xhtml?id=" + p.getId()))
                .singleElement().satisfies(r -> {
                    assertThat(r.deposit().kind()).isEqualTo(al.rrjeti.kernel.api.DocumentKind.JOINT_POSITION);
                    assertThat(r.deposit().organisationId()).isEqualTo(a.id());
                    assertThat(r.deposit().titleSq()).isEqualTo("Për një ligj më të mirë të prokurimit");
                    assertThat(r.deposit().text()).contains("RRJETI-QP-" + p.getId() + "-v2", b.name());
                });

        assertThatThrownBy(() -> positions.edit(p.getId(), draft("Ndryshim pas botimit.", 3, institution)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaigns.position.frozen"));
        assertThat(positions.read(p.getId()).getBody().getSq()).isEqualTo("Paragrafi i parë.\nParagrafi i ri.");
        ActingUser.actAs(d.representative());
        assertThatThrownBy(() -> positions.sign(p.getId(), d.id())).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("campaigns.position.frozen"));

        ActingUser.actAs(c.representative());
        assertThatThrownBy(() -> positions.withdraw(p.getId(), c.id(), " ")).as("after publication, only with a note")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .containsExactly("note:campaigns.signature.note.required"));
        positions.withdraw(p.getId(), c.id(), "Bordi ynë vendosi ndryshe.");
        assertThat(positions.signatures(p.getId())).as("the withdrawal stays visible").hasSize(3)
                .filteredOn(Signature::isWithdrawn).singleElement()
                .satisfies(s -> assertThat(s.getWithdrawalNote()).isEqualTo("Bordi ynë vendosi ndryshe."));
        assertThat(mailer.latestTo(institution, 5)).as("no second letter").hasSize(1);

        assertThatThrownBy(() -> positions.answer(p.getId(), "Faleminderit.")).as("a CSO does not answer for the ministry")
                .isInstanceOf(AccessDeniedException.class);
        String editor = Network.unique("editor");
        fixtures.account(editor, "Redaktore", Role.EDITOR);
        ActingUser.actAs(editor);
        positions.answer(p.getId(), "Ministria e mori në shqyrtim.");
        assertThat(positions.read(p.getId()).getStatus()).isEqualTo(PositionStatus.ANSWERED);
    }

    @Test
    void aMemberOfTheAddressedInstitutionAttachesItsAnswerAndAnotherInstitutionMayNot() {
        Org a = network.organisation(OrganisationType.CSO, "Qendra A");
        Org ministry = network.organisation(OrganisationType.INSTITUTION, "Ministria e Drejtësisë");
        Org other = network.organisation(OrganisationType.INSTITUTION, "Bashkia");
        String official = network.member(ministry);
        ActingUser.actAs(a.representative());
        Position p = positions.draft(a.id(), new PositionDraft("Për gjykatat e hapura", null, "Teksti.", null,
                "Ligji për gjyqësorin", ministry.name(), Network.unique("ministria"), ministry.id(), 1, null));
        positions.open(p.getId());
        ActingUser.actAs(official);
        assertThatThrownBy(() -> positions.answer(p.getId(), "Ende jo.")).as("not before publication")
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaigns.position.not-published"));
        ActingUser.actAs(a.representative());
        assertThat(positions.sign(p.getId(), a.id())).isTrue();

        ActingUser.actAs(other.representative());
        assertThatThrownBy(() -> positions.answer(p.getId(), "Nuk është për ne.")).as("another institution")
                .isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(official);
        assertThatThrownBy(() -> positions.answer(p.getId(), " ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field).containsExactly("answer"));
        positions.answer(p.getId(), "Ministria e mori në shqyrtim.");
        Position answered = positions.read(p.getId());
        assertThat(answered.getStatus()).isEqualTo(PositionStatus.ANSWERED);
        assertThat(answered.getAnswer()).isEqualTo("Ministria e mori në shqyrtim.");
        assertThat(answered.getAnsweredAt()).isNotNull();
    }

    @Test
    void badInputIsRefusedWholeAndScriptIsKeptAsText() {
        Org a = network.organisation(OrganisationType.CSO, "Qendra A");
        ActingUser.actAs(a.representative());
        int before = positions.visible().size();
        assertThatThrownBy(() -> positions.draft(a.id(), new PositionDraft(" ", "", "", null, "", "", "jo-adresë",
                null, 0, LocalDate.of(2001, 1, 1)))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field() + ":" + v.messageKey())
                                .containsExactlyInAnyOrder("titleSq:campaigns.position.title.required",
                                        "bodySq:campaigns.position.body.required",
                                        "law:campaigns.position.law.required",
                                        "institutionName:campaigns.position.institution.required",
                                        "institutionEmail:campaigns.input.email",
                                        "publishAtSignatures:campaigns.position.threshold.invalid",
                                        "publishOn:campaigns.position.date.past"));
        assertThatThrownBy(() -> positions.draft(a.id(), draft("Tekst.", null, "info@financa.gov.al")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.messageKey()).containsExactly("campaigns.position.rule.required"));

        Position p = positions.draft(a.id(), new PositionDraft(SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT,
                "info@financa.gov.al", null, 2, null));
        Position read = positions.read(p.getId());
        assertThat(List.of(read.getTitle().getSq(), read.getTitle().getEn(), read.getBody().getSq(), read.getBody().getEn(), read.getLaw(),
                read.getInstitutionName())).as("kept as typed; pages escape or sanitise it").containsOnly(SCRIPT);
        assertThat(positions.visible()).as("a draft is not public").hasSize(before);

        String citizen = Network.unique("citizen");
        fixtures.account(citizen, "Qytetar", Role.CITIZEN);
        ActingUser.actAs(citizen);
        assertThatThrownBy(() -> positions.draft(a.id(), draft("Tekst.", 2, "info@financa.gov.al")))
                .as("only members of a verified CSO draft").isInstanceOf(AccessDeniedException.class);
    }
}
