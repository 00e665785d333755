package al.rrjeti.chat;

import al.rrjeti.chat.application.ChatActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** In tests: every room activity announced after commit, as the push (or a cluster relay) receives it. */
@ApplicationScoped
public class ChatActivityRecorder {

    private final List<ChatActivity> seen = new CopyOnWriteArrayList<>();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatActivity activity) {
        seen.add(activity);
    }

    public List<ChatActivity> about(long messageId) {
        return seen.stream().filter(a -> a.messageId() == messageId).toList();
    }

    public List<ChatActivity> inRoom(long roomId) {
        return seen.stream().filter(a -> a.roomId() == roomId).toList();
    }
}
