package al.rrjeti.chat;

import al.rrjeti.chat.application.ChatActivity;
import al.rrjeti.chat.application.ChatActivityArrived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** In tests: every activity that arrived for this instance's sockets, beside the push that observes the same event. */
@ApplicationScoped
public class ChatArrivalRecorder {

    private final List<ChatActivity> arrived = new CopyOnWriteArrayList<>();

    void arrived(@Observes ChatActivityArrived arrival) {
        arrived.add(arrival.activity());
    }

    public List<ChatActivity> about(long roomId, long messageId) {
        return arrived.stream().filter(a -> a.roomId() == roomId && a.messageId() == messageId).toList();
    }
}
