package al.rrjeti.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void aHashMadeWithFewerIterationsOrAnotherAlgorithmIsMadeAgain() {
        assertThat(Passwords.needsRehash("PBKDF2WithHmacSHA256:60000:c2FsdA==:aGFzaA==", Passwords.ITERATIONS)).isTrue();
        assertThat(Passwords.needsRehash("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA==", Passwords.ITERATIONS)).isTrue();
        assertThat(Passwords.needsRehash("garbage", Passwords.ITERATIONS)).isTrue();
        assertThat(Passwords.needsRehash("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", Passwords.ITERATIONS)).isFalse();
        assertThat(Passwords.needsRehash("PBKDF2WithHmacSHA256:" + Passwords.ITERATIONS + ":c2FsdA==:aGFzaA==", Passwords.ITERATIONS))
                .isFalse();
    }
}
