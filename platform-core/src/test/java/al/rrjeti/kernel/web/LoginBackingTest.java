package al.rrjeti.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginBackingTest {

    @Test
    void goesBackOnlyToPathsInsideTheApplication() {
        assertThat(LoginBacking.safeTarget("/admin/modules.xhtml?x=1")).isEqualTo("/admin/modules.xhtml?x=1");
        assertThat(LoginBacking.safeTarget(null)).isEqualTo("/");
        assertThat(LoginBacking.safeTarget("https://evil.example/")).isEqualTo("/");
        assertThat(LoginBacking.safeTarget("//evil.example/")).isEqualTo("/");
        assertThat(LoginBacking.safeTarget("/\\evil.example")).isEqualTo("/");
        assertThat(LoginBacking.safeTarget("/a\r\nSet-Cookie: x")).isEqualTo("/");
    }
}
