package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.files.StoredFiles;
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
import al.rrjeti.library.domain.PublicationFile;
import al.rrjeti.library.domain.PublicationKind;
import al.rrjeti.library.domain.TutorialSlot;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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

    @Inject
    private StoredFiles files;

    @ArquillianResource
    private java.net.URL app;

    @AfterEach
    void anonymousAgain() {
        ActingUser.actAs(null);
    }

    private static PublicationDetails details(PublicationKind kind, String title) {
        return new PublicationDetails(kind, title, null, null, null, LocalDate.of(2026, 5, 1), "sq", null, null, null,
                Set.of(), Set.of());
    }

    /**
     * A new installation finds both tutorials in their places: the videos recorded from the
     * platform (TutorialRecorder), narrated in Albanian, with captions in Albanian and in English,
     * offered on the tutorials page with the reader's language as the default track.
     */
    @Test
    void aNewInstallationHasBothTutorialsWithCaptionsInBothLanguages() throws Exception {
        for (String slot : Tutorials.SLOTS) {
            Publication video = tutorials.video(slot).orElseThrow(() -> new AssertionError("no tutorial in " + slot));
            assertThat(video.getKind()).isEqualTo(PublicationKind.VIDEO);
            assertThat(video.getTitle().in(java.util.Locale.forLanguageTag("sq"))).isNotBlank();
            assertThat(video.getTitle().in(java.util.Locale.ENGLISH)).isNotBlank()
                    .isNotEqualTo(video.getTitle().in(java.util.Locale.forLanguageTag("sq")));
            PublicationFile file = tutorials.videoFile(slot).orElseThrow();
            assertThat(files.find(file.getFileId()).orElseThrow().getContentType()).isEqualTo("video/webm");
            assertThat(files.find(file.getFileId()).orElseThrow().getSize()).as("a few MB at most")
                    .isBetween(100_000L, 8_000_000L);
            assertThat(vtt(file.getCaptionsFileId())).as("Albanian captions").startsWith("WEBVTT").contains(" --> ")
                    .contains(" të ").doesNotContain(" the ");
            assertThat(vtt(file.getCaptionsEnFileId())).as("English captions").startsWith("WEBVTT").contains(" --> ")
                    .contains(" the ").doesNotContain(" të ");
        }
        String citizensEn = vtt(tutorials.videoFile(TutorialSlot.CITIZENS).orElseThrow().getCaptionsEnFileId());
        assertThat(citizensEn).contains("Welcome to Rrjeti").contains("register");

        String sq = page("/library/tutorials.xhtml?lang=sq");
        String en = page("/library/tutorials.xhtml?lang=en");
        assertThat(sq.split("<video", -1)).as("two videos").hasSize(3);
        assertThat(sq).containsPattern("<track[^>]*srclang=\"sq\"[^>]*default=\"default\"")
                .containsPattern("<track[^>]*srclang=\"en\"");
        assertThat(en).containsPattern("<track[^>]*srclang=\"en\"[^>]*default=\"default\"")
                .doesNotContainPattern("<track[^>]*srclang=\"sq\"[^>]*default=");
    }

    private String vtt(Long fileId) throws java.io.IOException {
        assertThat(fileId).as("a caption file").isNotNull();
        try (java.io.InputStream in = files.open(files.find(fileId).orElseThrow())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String page(String path) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.toExternalForm().replaceAll("/$", "") + path))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
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

        Long before = tutorials.video(TutorialSlot.CITIZENS).map(Publication::getId).orElse(null);
        Long network = tutorials.video(TutorialSlot.NETWORK).map(Publication::getId).orElse(null);
        tutorials.assign(TutorialSlot.CITIZENS, video.getId());
        try {
            assertThat(tutorials.video(TutorialSlot.CITIZENS)).get().extracting(Publication::getId)
                    .isEqualTo(video.getId());
            assertThat(tutorials.videoFile(TutorialSlot.CITIZENS)).as("the file that plays").get()
                    .satisfies(f -> assertThat(f.getCaptionsFileId()).isNotNull());
            assertThat(tutorials.video(TutorialSlot.NETWORK).map(Publication::getId).orElse(null))
                    .as("the other place keeps its video").isEqualTo(network);
        } finally {
            tutorials.assign(TutorialSlot.CITIZENS, before);
        }

        fixtures.account("citizen." + RUN + "@example.al", "Qytetar", Role.CITIZEN);
        ActingUser.actAs("citizen." + RUN + "@example.al");
        assertThatThrownBy(() -> tutorials.assign(TutorialSlot.NETWORK, video.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
