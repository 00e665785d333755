package al.rrjeti.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.forum.application.CategoryService;
import al.rrjeti.forum.application.ForumPosting;
import al.rrjeti.forum.application.ForumPosting.NewThread;
import al.rrjeti.forum.application.ForumPosting.Reply;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.forum.domain.ThreadKind;
import al.rrjeti.forum.infrastructure.ForumRepository;
import al.rrjeti.kernel.api.ConflictException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Concurrently;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many people writing at the same moment, on a real Payara and Derby: nobody's reply is lost, no
 * insert fails on key generation, and two people saving the same post are told so.
 */
@ExtendWith(ArquillianExtension.class)
class ForumConcurrencyIT {

    @Inject
    private ForumPosting posting;

    @Inject
    private ForumRepository repository;

    @Inject
    private CategoryService categories;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Concurrently concurrently;

    private String moderator;

    @BeforeEach
    void actAsAModerator() {
        // moderators are not paced, so one account can write as fast as many people would
        moderator = "concurrent-mod." + Long.toString(System.nanoTime(), 36) + "@example.al";
        fixtures.account(moderator, "Moderatore", Role.MODERATOR);
        ActingUser.actAs(moderator);
    }

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    private ForumThread thread(String title) {
        Long category = categories.of(Space.PUBLIC).stream().filter(c -> c.getCode().equals("public-opinions"))
                .findFirst().orElseThrow().getId();
        return posting.start(new NewThread(category, ThreadKind.OPINION, title, "Hapja.", null, null, List.of()));
    }

    @jakarta.annotation.Resource
    private jakarta.transaction.UserTransaction transaction;

    @Test
    void repliesSavedAtTheSameMomentToOneThreadAreAllKept() throws Exception {
        ForumThread t = thread("Shumë përgjigje njëherësh");
        List<Throwable> failures = concurrently.run(8, 3, (writer, round) -> posting.reply(new Reply(t.getId(),
                "Përgjigja " + writer + "-" + round, null, null, null, List.of())));

        assertThat(failures).as("no reply lost").isEmpty();
        List<Post> posts = repository.posts(t.getId());
        assertThat(posts).hasSize(1 + 8 * 3);
        assertThat(posts.stream().map(Post::getNumber).collect(Collectors.toSet())).as("each its own number")
                .hasSize(posts.size());
        assertThat(repository.thread(t.getId()).orElseThrow().getReplyCount()).isEqualTo(8 * 3);
    }

    @Test
    void eightWritersInsertingFiftyPostsEachNeverFailOnKeys() throws Exception {
        Map<Integer, Long> threads = new ConcurrentHashMap<>();
        for (int w = 0; w < 8; w++) {
            threads.put(w, thread("Fije e shkruesit " + w).getId());
        }
        List<Throwable> failures = concurrently.run(8, 50, (writer, round) -> posting.reply(new Reply(
                threads.get(writer), "Postimi " + round, null, null, null, List.of())));

        assertThat(failures).isEmpty();
        // Read back in a transaction of the test's own: the writers' threads leave this one without a context.
        transaction.begin();
        try {
            threads.values().forEach(id -> assertThat(repository.countPosts(id)).isEqualTo(51));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aPostSavedByTwoPeopleIsNeverOverwrittenSilently() throws Exception {
        ForumThread t = thread("Një postim, dy redaktorë");
        Post first = repository.posts(t.getId()).get(0);
        long opened = first.getRowVersion();
        posting.edit(first.getId(), "Ndryshimi i redaktorit tjetër.", opened);

        assertThatThrownBy(() -> posting.edit(first.getId(), "Ndryshimi im.", opened))
                .as("a form opened before the other save").isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.conflict"));
        assertThat(repository.post(first.getId()).orElseThrow().getBody()).isEqualTo("Ndryshimi i redaktorit tjetër.");

        List<Throwable> failures = concurrently.run(4, 3, (writer, round) -> posting.edit(first.getId(),
                "Redaktimi " + writer + "-" + round));
        assertThat(failures).as("saving at the same moment: a conflict is told as one, never as an error")
                .allSatisfy(f -> assertThat(f).isInstanceOf(ConflictException.class));
    }
}
