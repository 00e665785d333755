package al.rrjeti.kernel.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The one base of the platform's business errors. It carries a message key and arguments,
 * not text: the web layer turns it into a message in the user's language. Thrown from a
 * transactional service it rolls the transaction back, so nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = java.util.Collections.unmodifiableList(java.util.Arrays.asList(arguments.clone()));
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
