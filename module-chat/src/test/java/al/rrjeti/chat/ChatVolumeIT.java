package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.chat.application.ChatMessages;
import al.rrjeti.chat.application.ChatMessages.MessageView;
import al.rrjeti.chat.application.ChatRooms;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Concurrently;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many messages, on a real Payara and Derby, with the platform clock a minute on before every
 * message so that the flood limit (a budget per minute) never stops a writer and volume is what is
 * tested: history pages back by id without gaps or repeats, and eight members writing fifty
 * messages each at the same moment lose none.
 */
@ExtendWith(ArquillianExtension.class)
class ChatVolumeIT {

    private static final Locale SQ = Locale.forLanguageTag("sq");

    @Inject
    private ChatRooms rooms;

    @Inject
    private ChatMessages messages;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Concurrently concurrently;

    @Inject
    private PlatformClock clock;

    @Inject
    private ChatActivityRecorder recorder;

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
        ActingUser.actAsOnThisThread(null);
        clock.reset();
    }

    /** A minute on, so every writer's budget is full again; one writer at a time moves the clock. */
    private void nextMinute() {
        synchronized (clock) {
            clock.advance(Duration.ofMinutes(1));
        }
    }

    private String member(String who) {
        String email = "chat-vol-" + who + "." + Long.toString(System.nanoTime(), 36) + "@example.al";
        fixtures.account(email, "Anëtar " + who, Role.CSO_MEMBER);
        return email;
    }

    @Test
    void historyPagesBackByIdWithoutGapsOrRepeats() {
        ActingUser.actAs(member("historik"));
        Room group = rooms.createGroup("Historiku", null, true);
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            nextMinute();
            written.add(messages.post(group.getId(), "Mesazhi " + i, SQ).id());
        }

        List<Long> read = new ArrayList<>();
        List<MessageView> page = messages.history(group.getId(), null, SQ);
        List<Integer> sizes = new ArrayList<>();
        while (!page.isEmpty()) {
            sizes.add(page.size());
            assertThat(page).extracting(MessageView::id).isSorted();
            read.addAll(0, page.stream().map(MessageView::id).toList());
            page = messages.history(group.getId(), page.get(0).id(), SQ);
        }
        assertThat(sizes).containsExactly(50, 50, 20);
        assertThat(read).isEqualTo(written);
        assertThat(messages.after(group.getId(), written.get(99), SQ)).extracting(MessageView::id)
                .isEqualTo(written.subList(100, 120));
        assertThat(messages.after(group.getId(), written.get(119), SQ)).isEmpty();
    }

    @Test
    void eightMembersWritingFiftyMessagesEachAtOnceLoseNothing() throws Exception {
        String creator = member("krijues");
        List<String> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            writers.add(member("shkrues" + w));
        }
        ActingUser.actAs(creator);
        Room group = rooms.createGroup("Të gjithë njëherësh", null, false);
        for (String w : writers) {
            ActingUser.actAs(w);
            rooms.join(group.getId());
        }
        // No message before the burst: eight first inserts at once after Derby's start race for the
        // table's key range (40XL1 in its SequenceUpdater); the kernel runs such a transaction again.
        ActingUser.actAs(null);

        List<Throwable> failures = concurrently.run(8, 50, (writer, round) -> {
            ActingUser.actAsOnThisThread(writers.get(writer));
            try {
                nextMinute();
                messages.post(group.getId(), "Shkruesi " + writer + ", mesazhi " + round, SQ);
            } finally {
                ActingUser.actAsOnThisThread(null);
            }
        });
        assertThat(failures).isEmpty();

        ActingUser.actAs(creator);
        List<MessageView> all = messages.after(group.getId(), 0, SQ);
        all = new ArrayList<>(all);
        while (all.size() % ChatMessages.CATCH_UP_MAX == 0 && !all.isEmpty()) {
            List<MessageView> more = messages.after(group.getId(), all.get(all.size() - 1).id(), SQ);
            if (more.isEmpty()) {
                break;
            }
            all.addAll(more);
        }
        assertThat(all).hasSize(400);
        assertThat(all.stream().map(MessageView::id).distinct().count()).isEqualTo(400);
        Map<Long, Long> perAuthor = all.stream().collect(Collectors.groupingBy(MessageView::authorId,
                Collectors.counting()));
        assertThat(perAuthor).hasSize(8).allSatisfy((author, count) -> assertThat(count).isEqualTo(50));
        for (int w = 0; w < 8; w++) {
            int writer = w;
            assertThat(all).filteredOn(m -> m.html().contains("Shkruesi " + writer + ","))
                    .as("writer " + w + "'s messages in their order").extracting(MessageView::id).isSorted().hasSize(50);
        }
        assertThat(recorder.inRoom(group.getId())).as("every message announced once").hasSize(400);
    }
}
