package al.rrjeti.forum;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.forum.application.ForumReading;
import al.rrjeti.forum.application.RequestDeadlines;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.kernel.api.DemoContent;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The forum's demonstration content: an officially answered question and an open request, removed in one action. */
@ExtendWith(ArquillianExtension.class)
class ForumDemoIT {

    @Inject
    private DemoContent demo;

    @Inject
    private ForumReading reading;

    @Inject
    private RequestDeadlines deadlines;

    @Inject
    private Fixtures fixtures;

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    /** The demonstration's threads, wherever they are in the list (other tests date their threads later). */
    private List<ForumReading.ThreadSummary> demoThreads() {
        int all = (int) Math.max(1, reading.countLatest(Space.PUBLIC));
        return reading.latest(Space.PUBLIC, 0, all, Locale.forLanguageTag("sq")).stream()
                .filter(t -> t.thread().getTitle().endsWith("(demonstrim)")).toList();
    }

    @Test
    void aQuestionAnsweredOfficiallyAndAnOpenRequestThenRemoved() {
        assertThat(demoThreads()).as("off by default").isEmpty();
        demo.seed();
        demo.seed();
        Long institution = demo.organisation(OrganisationType.INSTITUTION).orElseThrow().id();
        assertThat(demoThreads()).as("added once").hasSize(2);
        assertThat(demoThreads()).anySatisfy(t -> {
            assertThat(t.thread().getOfficialAnswers()).isEqualTo(1);
            assertThat(t.thread().isAnswered()).isTrue();
        });
        assertThat(deadlines.open()).anySatisfy(r -> {
            assertThat(r.thread().getTitle()).endsWith("(demonstrim)");
            assertThat(r.addressee().getId()).isEqualTo(institution);
            assertThat(r.overdue()).isFalse();
        });

        String operator = "forum-demo-operator." + System.nanoTime() + "@example.al";
        fixtures.account(operator, "Operatori", Role.OPERATOR);
        ActingUser.actAs(operator);
        assertThat(demo.remove()).as("2 threads and 3 organisations").isEqualTo(5);
        assertThat(demoThreads()).isEmpty();
        assertThat(deadlines.open()).noneSatisfy(r -> assertThat(r.thread().getTitle()).endsWith("(demonstrim)"));
    }
}
