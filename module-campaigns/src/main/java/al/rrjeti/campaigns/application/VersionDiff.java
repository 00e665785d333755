package al.rrjeti.campaigns.application;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import al.rrjeti.campaigns.domain.PositionText;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a joint position, line by line and per language, computed
 * with java-diff-utils (Myers' algorithm).
 */
public record VersionDiff(int from, int to, List<Line> albanian, List<Line> english) {

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /** One line of the comparison; the text is shown escaped, as typed. */
    public record Line(Kind kind, String text) {
        /** The kind as the page's class names it ({@code same}, {@code removed}, {@code added}). */
        public String getCss() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }

        public String getText() {
            return text;
        }
    }

    static VersionDiff between(int from, PositionText older, int to, PositionText newer) {
        return new VersionDiff(from, to, lines(older.title().getSq(), older.body().getSq(), newer.title().getSq(), newer.body().getSq()),
                lines(older.title().getEn(), older.body().getEn(), newer.title().getEn(), newer.body().getEn()));
    }

    public boolean changed() {
        return albanian.stream().anyMatch(l -> l.kind() != Kind.SAME) || english.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }

    private static List<Line> lines(String oldTitle, String oldBody, String newTitle, String newBody) {
        List<String> a = document(oldTitle, oldBody);
        List<String> b = document(newTitle, newBody);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; at < delta.getSource().getPosition(); at++) {
                out.add(new Line(Kind.SAME, a.get(at)));
            }
            delta.getSource().getLines().forEach(l -> out.add(new Line(Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> out.add(new Line(Kind.ADDED, l)));
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        for (; at < a.size(); at++) {
            out.add(new Line(Kind.SAME, a.get(at)));
        }
        return out;
    }

    /** The title as the first line, then the body's lines. */
    private static List<String> document(String title, String body) {
        List<String> lines = new ArrayList<>();
        lines.add(title == null ? "" : title);
        if (body != null) {
            lines.addAll(List.of(body.replace("\r\n", "\n").split("\n", -1)));
        }
        return lines;
    }
}
