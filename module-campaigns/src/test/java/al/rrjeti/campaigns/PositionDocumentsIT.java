package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.campaigns.Network.Org;
import al.rrjeti.campaigns.application.CampaignDraft;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.PositionAttachments;
import al.rrjeti.campaigns.application.PositionDraft;
import al.rrjeti.campaigns.application.PositionService;
import al.rrjeti.campaigns.application.UnsubscribeTokens;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.campaigns.domain.PositionAttachment;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.mail.MailMessage;
import al.rrjeti.kernel.mail.MailPart;
import al.rrjeti.kernel.mail.Mailer;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.TestPorts;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documents attached to a joint position: attached and removed by the initiators until publication,
 * read by whoever may read the position (the file-access rule asks the service), named in the letter
 * and carried by the mail to the institution. Also the unsubscribe button's answer to a browser.
 */
@ExtendWith(ArquillianExtension.class)
class PositionDocumentsIT {

    private static final String BASE = "http://localhost:" + TestPorts.HTTP + "/" + CampaignsTestDeployment.NAME;
    private static final String PASSWORD = "Fjalekalim2026";

    @Inject
    private PositionService positions;

    @Inject
    private PositionAttachments documents;

    @Inject
    private Network network;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Mailer mailer;

    @Inject
    private EventService events;

    @Inject
    private UnsubscribeTokens tokens;

    @Inject
    private Caller caller;

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    private static PositionDraft draft(Integer atSignatures, String institutionEmail) {
        return new PositionDraft("Për transparencë në buxhet", "For budget transparency", "Paragrafi i parë.",
                "First paragraph.", "Ligji nr. 9936/2008 për buxhetin", "Ministria e Financave", institutionEmail, null,
                atSignatures, null);
    }

    private static Upload pdf(String name) {
        return new Upload(new ByteArrayInputStream(Fixtures.pdf()), name);
    }

    private static Upload png(String name) {
        return new Upload(new ByteArrayInputStream(Fixtures.png()), name);
    }

    private String citizen() {
        String email = Network.unique("citizen");
        fixtures.account(email, "Qytetar", Role.CITIZEN);
        return email;
    }

    private static String violations(InvalidInputException e) {
        return String.join(",", e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList());
    }

    @Test
    void theInitiatorsAttachAndRemoveAndTheFilesAreReadLikeThePosition() throws Exception {
        Org a = network.organisation(OrganisationType.CSO, "Qendra Dokumente");
        Org b = network.organisation(OrganisationType.CSO, "Qendra Lexuese");
        String member = network.member(a);
        String citizen = citizen();
        ActingUser.actAs(member);
        Position p = positions.draft(a.id(), draft(3, Network.unique("ministria")));
        PositionAttachment study = documents.attach(p.getId(), pdf("studimi.pdf"), "Studimi i buxhetit", "The budget study");

        ActingUser.actAs(b.representative());
        assertThatThrownBy(() -> documents.attach(p.getId(), pdf("tjeter.pdf"), "Tjetër", null))
                .as("another organisation reads the draft but does not attach to it").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.remove(study.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(documents.of(p.getId())).as("the network reads the draft's documents").singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("studimi.pdf");
            assertThat(d.contentType()).isEqualTo("application/pdf");
            assertThat(d.size()).isEqualTo(Fixtures.pdf().length);
            assertThat(d.title().getSq()).isEqualTo("Studimi i buxhetit");
            assertThat(d.title().getEn()).isEqualTo("The budget study");
        });
        ActingUser.actAs(citizen);
        assertThatThrownBy(() -> documents.of(p.getId())).as("a citizen does not see a draft's documents")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.attach(p.getId(), pdf("x.pdf"), "X", null)).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(null);

        Long file = study.getFileId();
        assertThat(new HttpSession(BASE).get("/files/" + file).statusCode()).as("an anonymous reader: no such file")
                .isEqualTo(404);
        HttpSession outsider = new HttpSession(BASE);
        outsider.logIn(citizen, PASSWORD);
        assertThat(outsider.get("/files/" + file).statusCode()).as("a citizen is refused the draft's file, link or not")
                .isEqualTo(403);
        HttpSession reader = new HttpSession(BASE);
        reader.logIn(b.representative(), PASSWORD);
        HttpResponse<String> got = reader.get("/files/" + file);
        assertThat(got.statusCode()).as("a member of another verified organisation reads it").isEqualTo(200);
        assertThat(got.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");

        ActingUser.actAs(member);
        PositionAttachment table = documents.attach(p.getId(), png("tabela.png"), "Tabela e shpenzimeve", null);
        documents.remove(table.getId());
        assertThat(documents.of(p.getId())).extracting(PositionAttachments.Listed::id).containsExactly(study.getId());
        positions.open(p.getId());
        ActingUser.actAs(null);
        assertThat(reader.get("/files/" + table.getFileId()).statusCode()).as("a removed document is no one's to read")
                .isEqualTo(403);

        HttpSession anonymous = new HttpSession(BASE);
        assertThat(anonymous.get("/files/" + file).statusCode()).as("open for signature: public, like the text")
                .isEqualTo(200);
        String page = anonymous.get("/campaigns/position.xhtml?lang=en&id=" + p.getId()).body();
        assertThat(page).contains("id=\"documents-title\">Attached documents</h2>",
                "href=\"/" + CampaignsTestDeployment.NAME + "/files/" + file + "\"", "The budget study", "studimi.pdf",
                " · PDF · 1 KB");
        assertThat(anonymous.get("/campaigns/position.xhtml?lang=sq&id=" + p.getId()).body())
                .contains("Dokumentet bashkëlidhur", "Studimi i buxhetit");
    }

    @Test
    void wrongTypeOversizedAndUntitledDocumentsAreRefusedWithNothingKeptAndPublicationFreezesTheList() {
        Org a = network.organisation(OrganisationType.CSO, "Qendra Refuzime");
        String institution = Network.unique("kabineti");
        ActingUser.actAs(a.representative());
        Position p = positions.draft(a.id(), draft(1, institution));

        assertThatThrownBy(() -> documents.attach(p.getId(), new Upload(new ByteArrayInputStream(
                "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1)), "ligji.pdf"), "Ligji", null))
                .as("known by its content, not its name").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(violations(e)).isEqualTo("document:file.type"));
        byte[] big = Arrays.copyOf(Fixtures.pdf(), 10 * 1024 * 1024 + 1);
        assertThatThrownBy(() -> documents.attach(p.getId(), new Upload(new ByteArrayInputStream(big), "i-madh.pdf"),
                "I madh", null)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(violations(e)).isEqualTo("document:file.too-large");
                    assertThat(e.violations().get(0).arguments()).as("the limit, in MB").containsExactly(10L);
                });
        assertThatThrownBy(() -> documents.attach(p.getId(), pdf("pa-titull.pdf"), " ", "Only English")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(violations(e)).isEqualTo("titleSq:campaigns.attachment.title.required"));
        assertThatThrownBy(() -> documents.attach(p.getId(), null, "Pa skedar", null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(violations(e)).isEqualTo("document:campaigns.attachment.file.required"));
        assertThat(documents.of(p.getId())).as("nothing kept").isEmpty();

        PositionAttachment kept = documents.attach(p.getId(), pdf("studimi.pdf"), "Studimi", "The study");
        positions.open(p.getId());
        assertThat(positions.sign(p.getId(), a.id())).as("one signature publishes").isTrue();
        assertThatThrownBy(() -> documents.attach(p.getId(), pdf("vone.pdf"), "Vonë", null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaigns.attachment.frozen"));
        assertThatThrownBy(() -> documents.remove(kept.getId())).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("campaigns.attachment.frozen"));
        assertThat(documents.of(p.getId())).extracting(PositionAttachments.Listed::id).containsExactly(kept.getId());
    }

    @Test
    void theLetterNamesTheDocumentsAndTheMailToTheInstitutionCarriesThem() throws Exception {
        Org a = network.organisation(OrganisationType.CSO, "Qendra Letra");
        String institution = Network.unique("kabineti");
        ActingUser.actAs(a.representative());
        Position p = positions.draft(a.id(), draft(1, institution));
        documents.attach(p.getId(), pdf("studimi.pdf"), "Studimi i buxhetit", "The budget study");
        PositionAttachment table = documents.attach(p.getId(), png("tabela.png"), "Tabela e shpenzimeve", null);
        positions.open(p.getId());
        assertThat(positions.sign(p.getId(), a.id())).isTrue();

        List<MailMessage> mails = mailer.latestTo(institution, 5);
        assertThat(mails).as("one letter").hasSize(1);
        MailMessage mail = mails.get(0);
        assertThat(mail.getAttachments()).extracting(MailPart::getFileName)
                .containsExactly("RRJETI-QP-" + p.getId() + "-v1.pdf", "studimi.pdf", "tabela.png");
        assertThat(mail.getAttachments()).extracting(MailPart::getContentType)
                .containsExactly("application/pdf", "application/pdf", "image/png");
        assertThat(mail.getAttachments().get(1).getContent()).as("the document's own bytes").isEqualTo(Fixtures.pdf());
        assertThat(mail.getText()).contains("Dokumentet bashkëlidhur:", "- Studimi i buxhetit / The budget study (studimi.pdf)",
                "- Tabela e shpenzimeve (tabela.png)", "/files/" + table.getFileId() + " (bashkëngjitur këtij emaili)");

        try (var doc = org.apache.pdfbox.Loader.loadPDF(positions.letter(p.getId()))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).as("the PDF letter names them")
                    .contains("Studimi i buxhetit", "Tabela e shpenzimeve");
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(mail.getAttachments().get(0).getContent())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Studimi i buxhetit");
        }
    }

    private static String nameOf(String page, String type, String idEnd) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<input[^>]*type=\"" + type + "\"[^>]*>").matcher(page);
        while (m.find()) {
            java.util.regex.Matcher n = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(m.group());
            if (n.find() && n.group(1).startsWith("documents:") && n.group(1).endsWith(idEnd)) {
                return n.group(1);
            }
        }
        throw new AssertionError("no " + type + " field ending " + idEnd);
    }

    @Test
    void theEditPageOffersALabelledMultipartFormForDocuments() throws Exception {
        Org a = network.organisation(OrganisationType.CSO, "Qendra Faqja");
        ActingUser.actAs(a.representative());
        Position p = positions.draft(a.id(), draft(3, Network.unique("ministria")));
        ActingUser.actAs(null);
        HttpSession initiator = new HttpSession(BASE);
        initiator.logIn(a.representative(), PASSWORD);
        String page = initiator.get("/campaigns/position-edit.xhtml?lang=en&id=" + p.getId()).body();
        assertThat(page).contains("enctype=\"multipart/form-data\"", ">Document", ">Document title in Albanian",
                "PDF, ODT, DOCX, PNG or JPEG up to 10 MB.");
        String file = nameOf(page, "file", "document");
        String titleSq = nameOf(page, "text", "titleSq");
        assertThat(page).as("every new field has its label").contains("for=\"" + file + "\"", "for=\"" + titleSq + "\"");
    }

    private static HttpResponse<String> post(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theUnsubscribeButtonAnswersABrowserWithAPageInBothLanguagesAndMailProgramsAsBefore() throws Exception {
        String editor = Network.unique("editor");
        fixtures.account(editor, "Redaktore", Role.EDITOR);
        ActingUser.actAs(editor);
        Campaign c = events.createCampaign(new CampaignDraft("Java e buxhetit " + System.nanoTime(), "Budget week",
                "Qëllimi", null, null, null, CampaignAudience.YOUTH, LocalDate.now(), null, null));
        String browserUser = citizen();
        String mailUser = citizen();
        ActingUser.actAs(browserUser);
        events.subscribe(c.getId());
        String browserToken = tokens.token(c.getId(), caller.requireAccount().getId());
        ActingUser.actAs(mailUser);
        events.subscribe(c.getId());
        String mailToken = tokens.token(c.getId(), caller.requireAccount().getId());
        ActingUser.actAs(null);
        String url = BASE + "/api/campaigns/unsubscribe?t=";

        HttpResponse<String> page = post(url + browserToken,
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"sq\">",
                "<p lang=\"sq\">U çregjistruat", "<p lang=\"en\">You are unsubscribed: you will no longer receive",
                "<title>", "<h1>");
        ActingUser.actAs(browserUser);
        assertThat(events.subscribed(c.getId())).isFalse();

        HttpResponse<String> plain = post(url + mailToken, null);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(plain.body()).doesNotContain("<");
        ActingUser.actAs(mailUser);
        assertThat(events.subscribed(c.getId())).isFalse();

        HttpResponse<String> forged = post(url + mailToken.substring(0, mailToken.length() - 2) + "xx", "text/html");
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).contains("<p lang=\"en\">This unsubscribe link is not valid.");
    }
}
