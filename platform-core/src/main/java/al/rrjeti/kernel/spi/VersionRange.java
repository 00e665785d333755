package al.rrjeti.kernel.spi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of versions in the Maven/OSGi notation: {@code [1.0,2.0)} includes 1.0 and excludes
 * 2.0; an empty bound is open ({@code [1.0,)}); a bare version {@code 1.2} means "1.2 or later".
 */
public record VersionRange(Version low, boolean lowInclusive, Version high, boolean highInclusive) {

    private static final Pattern RANGE = Pattern.compile("([\\[(])\\s*([^,]*?)\\s*,\\s*([^,]*?)\\s*([])])");

    /** Any version at all. */
    public static final VersionRange ANY = new VersionRange(null, true, null, true);

    public static VersionRange of(String text) {
        String t = text.trim();
        Matcher m = RANGE.matcher(t);
        if (m.matches()) {
            Version low = m.group(2).isEmpty() ? null : Version.of(m.group(2));
            Version high = m.group(3).isEmpty() ? null : Version.of(m.group(3));
            if (low != null && high != null && low.compareTo(high) > 0) {
                throw new IllegalArgumentException("Empty version range: '" + text + "'");
            }
            return new VersionRange(low, "[".equals(m.group(1)), high, "]".equals(m.group(4)));
        }
        return new VersionRange(Version.of(t), true, null, true);
    }

    public boolean includes(Version v) {
        if (low != null) {
            int c = v.compareTo(low);
            if (c < 0 || (c == 0 && !lowInclusive)) {
                return false;
            }
        }
        if (high != null) {
            int c = v.compareTo(high);
            return c < 0 || (c == 0 && highInclusive);
        }
        return true;
    }

    @Override
    public String toString() {
        if (high == null && lowInclusive && low != null) {
            return "≥ " + low;
        }
        return (lowInclusive ? "[" : "(") + (low == null ? "" : low) + ", "
                + (high == null ? "" : high) + (highInclusive ? "]" : ")");
    }
}
