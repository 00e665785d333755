package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.chat.application.ChatMessages.MessageView;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files sent in the chat, through the kernel's file store on a real Payara: the room's members
 * download them and nobody else does (403 or 404 over HTTP), and a file too large or of a refused
 * type is refused with a message about the file, nothing half-saved.
 */
@ExtendWith(ArquillianExtension.class)
class ChatAttachmentsIT extends ChatServicesTestBase {

    private static final String PASSWORD = "Fjalekalim2026";

    @ArquillianResource
    private URL app;

    private static Upload upload(byte[] bytes, String name) {
        return new Upload(new ByteArrayInputStream(bytes), name);
    }

    @Test
    void aFileSentInARoomReachesItsMembersOnly() throws Exception {
        String sender = person("skedar-dergues", Role.CSO_MEMBER);
        String member = person("skedar-anetar", Role.CSO_MEMBER);
        String outsider = person("skedar-jashte", Role.CSO_MEMBER);
        ActingUser.actAs(sender);
        Room group = rooms.createGroup("Skedarët", null, true);
        rooms.addMember(group.getId(), id(member));
        MessageView sent = messages.post(group.getId(), "Raporti i tremujorit", upload(Fixtures.pdf(), "raporti.pdf"), SQ);
        assertThat(sent.file()).isNotNull();
        assertThat(sent.file().name()).isEqualTo("raporti.pdf");
        assertThat(sent.file().contentType()).isEqualTo("application/pdf");
        MessageView onlyFile = messages.post(group.getId(), "  ", upload(Fixtures.png(), "foto.png"), SQ);
        assertThat(onlyFile.html()).as("a file may go without words").isEmpty();
        ActingUser.actAs(null);

        String path = "/files/" + sent.file().id();
        HttpSession inside = new HttpSession(app.toExternalForm());
        inside.logIn(member, PASSWORD);
        HttpResponse<String> got = inside.get(path);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).startsWith("%PDF-1.4");

        HttpSession stranger = new HttpSession(app.toExternalForm());
        stranger.logIn(outsider, PASSWORD);
        assertThat(stranger.get(path).statusCode()).as("a member of the network outside the room").isIn(403, 404);
        assertThat(new HttpSession(app.toExternalForm()).get(path).statusCode()).as("anonymous").isIn(401, 403, 404);

        ActingUser.actAs(sender);
        messages.delete(sent.id());
        ActingUser.actAs(null);
        assertThat(inside.get(path).statusCode()).as("gone with its message").isIn(403, 404);
    }

    @Test
    void aFileTooLargeOrOfARefusedTypeIsRefusedAboutTheFileAndNothingIsSaved() {
        String sender = person("skedar-keq", Role.CSO_MEMBER);
        ActingUser.actAs(sender);
        Room group = rooms.createGroup("Skedarët e refuzuar", null, true);
        long before = messages.history(group.getId(), null, SQ).size();

        byte[] executable = Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 4096);
        assertThatThrownBy(() -> messages.post(group.getId(), "Shiko këtë", upload(executable, "fatura.pdf"), SQ))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field).containsExactly("file"));
        byte[] large = Arrays.copyOf(Fixtures.pdf(), 1024 * 1024 + 10); // above the test archive's 1 MB
        assertThatThrownBy(() -> messages.post(group.getId(), "Dokumenti i madh", upload(large, "i-madh.pdf"), SQ))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field).containsExactly("file"));
        assertThat(messages.history(group.getId(), null, SQ)).as("nothing half-saved").hasSize((int) before);
    }
}
