package al.rrjeti.kernel.account;

import java.util.Locale;

/** What a person types to register. */
public record NewAccount(String displayName, String email, String password, Locale language, boolean consent) {
}
