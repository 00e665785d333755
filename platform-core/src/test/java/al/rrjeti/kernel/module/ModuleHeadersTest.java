package al.rrjeti.kernel.module;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.spi.HeaderNeed;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleHeadersTest {

    private static final List<HeaderNeed> NEEDS = List.of(
            new HeaderNeed("/chat/", "Permissions-Policy", "camera=(), microphone=()"),
            new HeaderNeed("/chat/meeting", "Permissions-Policy", "camera=(self), microphone=(self)"),
            new HeaderNeed("/chat/meeting", "frame-src", "https://meet.example.org"));

    @Test
    void aMeetingPageGetsCameraAndTheMeetingServiceOthersNothing() {
        ModuleHeaders.Needs meeting = ModuleHeaders.Needs.of("/chat/meeting.xhtml", NEEDS);
        assertThat(meeting.permissionsPolicy()).contains("camera=(self), microphone=(self)");
        assertThat(meeting.directive("frame-src", "'self'")).isEqualTo("frame-src 'self' https://meet.example.org");

        ModuleHeaders.Needs room = ModuleHeaders.Needs.of("/chat/room.xhtml", NEEDS);
        assertThat(room.permissionsPolicy()).contains("camera=(), microphone=()");
        assertThat(room.directive("frame-src", "'self'")).isEqualTo("frame-src 'self'");

        assertThat(ModuleHeaders.Needs.of("/forum/", NEEDS).permissionsPolicy()).isEmpty();
        assertThat(meeting.widen("default-src 'self'; frame-src 'self'; script-src 'nonce-x'"))
                .isEqualTo("default-src 'self'; frame-src 'self' https://meet.example.org; script-src 'nonce-x'");
        assertThat(meeting.widen("default-src 'self'")).isEqualTo("default-src 'self'; frame-src 'self' https://meet.example.org");
        assertThat(room.widen("default-src 'self'")).isEqualTo("default-src 'self'");
    }
}
