package al.rrjeti.kernel.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What makes a password acceptable. The registration page checks the same rules as you type
 * ({@code rrjeti/js/password.js}); this class decides.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    /** Passwords seen first in every leaked list; refusing them costs nothing. */
    private static final Set<String> COMMON = Set.of("password123", "1234567890", "qwertyuiop", "123456789a",
            "password1234", "fjalekalimi", "fjalekalim1", "shqiperia1", "shqiperia123", "tirana1234", "albania123",
            "iloveyou12", "abcdefghij", "a123456789", "qwerty1234", "rrjeti12345");

    private PasswordPolicy() {
    }

    /** Whether the password contains the e-mail's name, or a piece of it such as "arta" in "arta.hoxha@…". */
    private static boolean containsPartOf(String email, String lowerPassword) {
        String local = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
        for (String piece : (local + "." + local.replaceAll("[^\\p{L}\\p{N}]", "")).split("[^\\p{L}\\p{N}]+")) {
            if (piece.length() >= 4 && lowerPassword.contains(piece)) {
                return true;
            }
        }
        return false;
    }

    /** Why a password is refused: the message key ({@code password.refused.*}) and its arguments. */
    public record Refusal(String messageKey, Object... arguments) {
    }

    /**
     * The first rule the password breaks, said precisely (how long it is, what it lacks, which kind of
     * guessable it is), so the person knows what to change; empty when it is fine.
     */
    public static java.util.Optional<Refusal> refusal(String password, String email) {
        String p = password == null ? "" : password;
        if (p.length() < MIN_LENGTH || p.length() > MAX_LENGTH) {
            return java.util.Optional.of(new Refusal("password.refused.length", MIN_LENGTH, MAX_LENGTH, p.length()));
        }
        if (p.chars().noneMatch(Character::isDigit)) {
            return java.util.Optional.of(new Refusal("password.refused.no-digit"));
        }
        if (p.chars().noneMatch(Character::isLetter)) {
            return java.util.Optional.of(new Refusal("password.refused.no-letter"));
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return java.util.Optional.of(new Refusal("password.refused.common"));
        }
        if (containsPartOf(email, lower)) {
            return java.util.Optional.of(new Refusal("password.refused.email"));
        }
        return java.util.Optional.empty();
    }

    /** @return the keys of the rules the password breaks ({@code password.rule.*}); empty when it is fine */
    public static List<String> broken(String password, String email) {
        List<String> rules = new ArrayList<>();
        String p = password == null ? "" : password;
        if (p.length() < MIN_LENGTH || p.length() > MAX_LENGTH) {
            rules.add("password.rule.length");
        }
        if (p.chars().noneMatch(Character::isLetter) || p.chars().noneMatch(Character::isDigit)) {
            rules.add("password.rule.mix");
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || containsPartOf(email, lower)) {
            rules.add("password.rule.guessable");
        }
        return rules;
    }
}
