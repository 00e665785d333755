package al.rrjeti.kernel.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongMixedPasswordUnrelatedToTheAddress() {
        assertThat(PasswordPolicy.broken("Korrupsion2026", "arta@example.al")).isEmpty();
        assertThat(PasswordPolicy.broken("fjalëkalim i gjatë 7", "arta@example.al")).isEmpty();
    }

    @Test
    void tooShortOrTooLong() {
        assertThat(PasswordPolicy.broken("abc123", "a@b.al")).contains("password.rule.length");
        assertThat(PasswordPolicy.broken("a1".repeat(65), "a@b.al")).contains("password.rule.length");
        assertThat(PasswordPolicy.broken(null, "a@b.al")).contains("password.rule.length", "password.rule.mix");
    }

    @Test
    void needsLettersAndDigits() {
        assertThat(PasswordPolicy.broken("onlyletterslong", "a@b.al")).containsExactly("password.rule.mix");
        assertThat(PasswordPolicy.broken("12345678901", "a@b.al")).containsExactly("password.rule.mix");
    }

    @Test
    void refusesCommonPasswordsAndPiecesOfTheAddress() {
        assertThat(PasswordPolicy.broken("Shqiperia123", "x@y.al")).containsExactly("password.rule.guessable");
        assertThat(PasswordPolicy.broken("arta-hoxha-99", "arta.hoxha@example.al")).contains("password.rule.guessable");
        assertThat(PasswordPolicy.broken("ArtaHoxha2026", "arta.hoxha@example.al")).contains("password.rule.guessable");
        assertThat(PasswordPolicy.broken("hoxha2026abc", "arta.hoxha@example.al")).contains("password.rule.guessable");
    }

    @Test
    void aRefusalSaysPreciselyWhichRuleFailed() {
        assertThat(PasswordPolicy.refusal("abc123", "a@b.al")).get()
                .satisfies(r -> assertThat(r.messageKey()).isEqualTo("password.refused.length"))
                .satisfies(r -> assertThat(r.arguments()).containsExactly(10, 128, 6));
        assertThat(PasswordPolicy.refusal("onlyletterslong", "a@b.al")).get().extracting(PasswordPolicy.Refusal::messageKey)
                .isEqualTo("password.refused.no-digit");
        assertThat(PasswordPolicy.refusal("12345678901", "a@b.al")).get().extracting(PasswordPolicy.Refusal::messageKey)
                .isEqualTo("password.refused.no-letter");
        assertThat(PasswordPolicy.refusal("Shqiperia123", "x@y.al")).get().extracting(PasswordPolicy.Refusal::messageKey)
                .isEqualTo("password.refused.common");
        assertThat(PasswordPolicy.refusal("ArtaHoxha2026", "arta.hoxha@example.al")).get()
                .extracting(PasswordPolicy.Refusal::messageKey).isEqualTo("password.refused.email");
        assertThat(PasswordPolicy.refusal("Korrupsion2026", "arta@example.al")).isEmpty();
    }
}
