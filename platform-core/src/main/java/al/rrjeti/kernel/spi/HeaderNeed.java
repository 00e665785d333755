package al.rrjeti.kernel.spi;

import java.util.Set;

/**
 * A page of a module that needs more from the browser than the kernel's strict defaults, e.g. a
 * meetings page that uses the camera and microphone, or embeds a video-meeting service.
 *
 * @param pathPrefix inside the module's prefix, e.g. {@code /chat/meeting}
 * @param directive  {@code Permissions-Policy} (its value replaces the kernel's for those pages) or a
 *                   Content-Security-Policy source directive ({@code frame-src}, {@code connect-src},
 *                   {@code media-src}, {@code img-src}) whose value is added to the kernel's sources
 * @param value      e.g. {@code camera=(self), microphone=(self)} or {@code https://meet.example.org}
 */
public record HeaderNeed(String pathPrefix, String directive, String value) {

    public static final String PERMISSIONS_POLICY = "Permissions-Policy";

    /** The directives a module may widen. */
    public static final Set<String> DIRECTIVES = Set.of(PERMISSIONS_POLICY, "frame-src", "connect-src", "media-src",
            "img-src");
}
