package al.rrjeti.kernel.account;

import al.rrjeti.kernel.EmailAddress;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import java.util.List;

/** Rules on what people type about themselves, shared by registration and the profile. */
final class AccountRules {

    private AccountRules() {
    }

    static void checkEmail(String email, List<Violation> violations) {
        if (email == null || email.isBlank()) {
            violations.add(new Violation("email", "input.required"));
        } else if (!EmailAddress.isValid(email)) {
            violations.add(new Violation("email", "input.email.invalid"));
        }
    }

    static void checkDisplayName(String name, List<Violation> violations) {
        String n = name == null ? "" : name.strip();
        if (n.length() < 2 || n.length() > 100) {
            violations.add(new Violation("displayName", "input.length", 2, 100));
        } else if (n.chars().anyMatch(Character::isISOControl)) {
            violations.add(new Violation("displayName", "input.characters"));
        }
    }

    static void checkPassword(String field, String password, String email, List<Violation> violations) {
        // one message beside the field, saying which rule failed (the list of rules stands above it)
        PasswordPolicy.refusal(password, email)
                .ifPresent(r -> violations.add(new Violation(field, r.messageKey(), r.arguments())));
    }
}
