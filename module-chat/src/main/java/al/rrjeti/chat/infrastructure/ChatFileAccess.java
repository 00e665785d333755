package al.rrjeti.chat.infrastructure;

import al.rrjeti.chat.application.ChatAccess;
import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Message;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.spi.FileAccessRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A file sent in the chat goes to those who may read its room (its members; for an open working
 * group, every chat member), and to nobody once its message is deleted.
 */
@ApplicationScoped
public class ChatFileAccess implements FileAccessRule {

    @Inject
    private ChatRepository repository;

    @Inject
    private ChatAccess access;

    @Override
    public Optional<Boolean> mayRead(FileRef file, Caller caller) {
        return repository.messageOfFile(file.getId()).map(message -> mayRead(message, caller));
    }

    private boolean mayRead(Message message, Caller caller) {
        Optional<Person> me = caller.account();
        if (message.isDeleted() || me.isEmpty() || !access.mayChat()) {
            return false;
        }
        Room room = repository.room(message.getRoomId()).orElse(null);
        return room != null && (room.isOpen() || repository.member(room.getId(), me.get().getId()).isPresent());
    }
}
