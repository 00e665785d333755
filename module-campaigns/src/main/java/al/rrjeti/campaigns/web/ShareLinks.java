package al.rrjeti.campaigns.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Share links that work without any third party's script on our pages: plain addresses of the
 * services' own share pages (and mail), which the reader's browser opens only when clicked.
 */
public final class ShareLinks {

    /** One way to share: its text's key and its address. */
    public record Share(String id, String nameKey, String href) {
    }

    private ShareLinks() {
    }

    public static List<Share> of(String url, String title) {
        String u = encode(url);
        String t = encode(title == null ? "" : title);
        return List.of(
                new Share("share-mail", "campaigns.share.mail", "mailto:?subject=" + t + "&body=" + u),
                new Share("share-facebook", "campaigns.share.facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                new Share("share-x", "campaigns.share.x", "https://x.com/intent/post?url=" + u + "&text=" + t),
                new Share("share-whatsapp", "campaigns.share.whatsapp", "https://wa.me/?text=" + t + "%20" + u));
    }

    /** Spaces as %20, which mail programs read as well as browsers. */
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
