package al.rrjeti.chat;

import al.rrjeti.chat.application.ChatSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** In tests: every typing and presence signal, as the push receives it. */
@ApplicationScoped
public class ChatSignalRecorder {

    private final List<ChatSignal> seen = new CopyOnWriteArrayList<>();

    void signalled(@Observes ChatSignal signal) {
        seen.add(signal);
    }

    public List<ChatSignal> about(long personId) {
        return seen.stream().filter(s -> s.personId() == personId).toList();
    }
}
