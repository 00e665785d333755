package al.rrjeti.kernel.spi;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A semantic version {@code major.minor.patch}; missing parts count as zero. */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

    private static final Pattern FORMAT = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    public Version {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("Version parts must not be negative");
        }
    }

    /** Parses {@code 1}, {@code 1.2} or {@code 1.2.3}. */
    public static Version of(String text) {
        Matcher m = FORMAT.matcher(Objects.requireNonNull(text, "version").trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a version: '" + text + "'");
        }
        return new Version(Integer.parseInt(m.group(1)), part(m.group(2)), part(m.group(3)));
    }

    private static int part(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    @Override
    public int compareTo(Version other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c != 0 ? c : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
