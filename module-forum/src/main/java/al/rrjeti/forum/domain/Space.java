package al.rrjeti.forum.domain;

import java.util.Locale;

/** The forum's two spaces. */
public enum Space {
    /** Verified CSO and institution members only. */
    NETWORK,
    /** Everyone reads; registered citizens, businesses and media post. */
    PUBLIC;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The space named in a URL ({@code public}, {@code network}), or null. */
    public static Space fromKey(String key) {
        for (Space s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
