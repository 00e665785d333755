package al.rrjeti.kernel.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestPathsTest {

    @Test
    void foldsEmptyAndDotSegments() {
        assertThat(RequestPaths.normalise("//admin/modules.xhtml")).isEqualTo("/admin/modules.xhtml");
        assertThat(RequestPaths.normalise("/./moderation/users.xhtml")).isEqualTo("/moderation/users.xhtml");
        assertThat(RequestPaths.normalise("/x/../moderation/audit.xhtml")).isEqualTo("/moderation/audit.xhtml");
        assertThat(RequestPaths.normalise("/admin//./modules.xhtml")).isEqualTo("/admin/modules.xhtml");
    }

    @Test
    void neverClimbsAboveTheRootAndKeepsFolders() {
        assertThat(RequestPaths.normalise("/../../admin/")).isEqualTo("/admin/");
        assertThat(RequestPaths.normalise("/forum/..")).isEqualTo("/");
        assertThat(RequestPaths.normalise("")).isEqualTo("/");
        assertThat(RequestPaths.normalise("/library/")).isEqualTo("/library/");
    }
}
