package al.rrjeti.kernel.api;

import java.util.List;

/**
 * Input that breaks a rule, with every problem found at once, each tied to the field it concerns,
 * so that a form can show all of them beside their fields in the user's language.
 */
public class InvalidInputException extends BusinessException {
    private static final long serialVersionUID = 1L;

    /** One broken rule: the field, the message key and its arguments. */
    public record Violation(String field, String messageKey, List<Object> arguments) implements java.io.Serializable {
        public Violation(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.isEmpty() ? "error.input" : violations.get(0).messageKey(),
                violations.isEmpty() ? new Object[0] : violations.get(0).arguments().toArray());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new Violation(field, messageKey, arguments)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Throws when any rule was broken. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
