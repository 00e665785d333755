package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.library.application.LibraryCatalogue;
import al.rrjeti.library.application.LibraryWorkflow;
import al.rrjeti.library.application.LibraryWorkflow.Attachments;
import al.rrjeti.library.application.Tutorials;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationDetails;
import al.rrjeti.library.domain.PublicationKind;
import al.rrjeti.library.domain.TutorialSlot;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tutorials section: a published video with captions put in a slot by an editor. */
@ExtendWith(ArquillianExtension.class)
class TutorialsIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    /** The first bytes of an MP4 file (an "ftyp" box), enough for type detection. */
    private static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0,
        'm', 'p', '4', '2', 'i', 's', 'o', 'm'};

    @Inject
    private Tutorials tutorials;

    @Inject
    private LibraryWorkflow workflow;

    @Inject
    private LibraryCatalogue catalogue;

    @Inject
    private Fixtures fixtures;

    @AfterEach
    void anonymousAgain() {
        ActingUser.actAs(null);
    }

    private static PublicationDetails details(PublicationKind kind, String title) {
        return new PublicationDetails(kind, title, null, null, null, LocalDate.of(2026, 5, 1), "sq", null, null, null,
                Set.of(), Set.of());
    }

    @Test
    void anEditorPutsAVideoWithCaptionsInASlot() {
        fixtures.account("editor." + RUN + "@example.al", "Redaktor", Role.EDITOR);
        ActingUser.actAs("editor." + RUN + "@example.al");
        byte[] vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nMirë se vini në Rrjeti\n".getBytes(StandardCharsets.UTF_8);
        Publication video = workflow.publishDirectly(details(PublicationKind.VIDEO, "Si të përdorni platformën " + RUN),
                new Attachments(List.of(), new Upload(new ByteArrayInputStream(MP4), "tutorial.mp4"),
                        new Upload(new ByteArrayInputStream(vtt), "tutorial.vtt")));
        assertThat(catalogue.files(video.getId()).get(0).current().getCaptionsFileId()).isNotNull();

        Publication report = workflow.publishDirectly(details(PublicationKind.STUDY, "Studim " + RUN),
                new Attachments(List.of(new Upload(new ByteArrayInputStream(TextPdf.with("tekst")), "s.pdf")), null,
                        null));
        assertThatThrownBy(() -> tutorials.assign(TutorialSlot.CITIZENS, report.getId()))
                .hasMessageContaining("library.tutorials.not-a-video");

        tutorials.assign(TutorialSlot.CITIZENS, video.getId());
        assertThat(tutorials.video(TutorialSlot.CITIZENS)).get().extracting(Publication::getId).isEqualTo(video.getId());
        assertThat(tutorials.videoFile(TutorialSlot.CITIZENS)).as("the file that plays").get()
                .satisfies(f -> assertThat(f.getCaptionsFileId()).isNotNull());
        assertThat(tutorials.videoFile(TutorialSlot.NETWORK)).isEmpty();

        fixtures.account("citizen." + RUN + "@example.al", "Qytetar", Role.CITIZEN);
        ActingUser.actAs("citizen." + RUN + "@example.al");
        assertThatThrownBy(() -> tutorials.assign(TutorialSlot.NETWORK, video.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
