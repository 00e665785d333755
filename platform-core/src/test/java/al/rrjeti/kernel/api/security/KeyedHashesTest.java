package al.rrjeti.kernel.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.BusinessException;
import org.junit.jupiter.api.Test;

class KeyedHashesTest {

    private static final String SECRET = "test-secret-of-the-platform-0123456789abcdef";

    @Test
    void isHmacSha256UnderTheSecret() {
        // computed apart, with Python's hmac module
        KeyedHashes hashes = new KeyedHashes(SECRET);
        assertThat(hashes.available()).isTrue();
        assertThat(hashes.hex("survey:7:account:42"))
                .isEqualTo("be4afc1a9e1b8bdfd24a856e56fec0ba6844cdebdff1d81e016c2bc3d8feef88");
        assertThat(hashes.base64Url("survey:7:account:42")).isEqualTo("vkr8Gp4bi9_SSoVuVv7AumhEzevf8dgeAWwrw9j-74g");
    }

    @Test
    void anotherSecretGivesAnotherHash() {
        assertThat(new KeyedHashes(SECRET + "x").hex("survey:7:account:42"))
                .isNotEqualTo(new KeyedHashes(SECRET).hex("survey:7:account:42"));
    }

    @Test
    void withoutASecretOfFullLengthNothingIsHashed() {
        for (String secret : new String[] {null, "", "   ", "too-short-0123456789"}) {
            KeyedHashes hashes = new KeyedHashes(secret);
            assertThat(hashes.available()).as(String.valueOf(secret)).isFalse();
            assertThatThrownBy(() -> hashes.hex("survey:7:account:42")).isInstanceOf(BusinessException.class)
                    .hasMessage("error.secret-missing");
        }
    }

    @Test
    void comparesWholeHashesOnly() {
        assertThat(KeyedHashes.same("abc", "abc")).isTrue();
        assertThat(KeyedHashes.same("abc", "abd")).isFalse();
        assertThat(KeyedHashes.same("abc", "ab")).isFalse();
        assertThat(KeyedHashes.same(null, "abc")).isFalse();
    }
}
