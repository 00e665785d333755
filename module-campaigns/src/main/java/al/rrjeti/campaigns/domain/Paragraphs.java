package al.rrjeti.campaigns.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown text's paragraphs, as comments anchor to them: blocks between blank lines, numbered
 * from 0. Replacing one keeps every other character of the text as it was, so the version diff
 * shows only the change.
 */
public final class Paragraphs {

    private static final Pattern BLANK_LINES = Pattern.compile("\\r?\\n[ \\t]*(?:\\r?\\n[ \\t]*)+");

    private Paragraphs() {
    }

    /** Where one paragraph sits in the text: [start, end), without surrounding white space. */
    private record Span(int start, int end) {
    }

    public static List<String> of(String text) {
        return spans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /** The text with paragraph {@code index} replaced; the same text when there is no such paragraph. */
    public static String replace(String text, int index, String replacement) {
        List<Span> spans = spans(text);
        if (index < 0 || index >= spans.size()) {
            return text;
        }
        Span s = spans.get(index);
        return text.substring(0, s.start()) + replacement.strip() + text.substring(s.end());
    }

    private static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        if (text == null) {
            return spans;
        }
        Matcher m = BLANK_LINES.matcher(text);
        int from = 0;
        while (m.find()) {
            add(spans, text, from, m.start());
            from = m.end();
        }
        add(spans, text, from, text.length());
        return spans;
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            spans.add(new Span(start, end));
        }
    }
}
