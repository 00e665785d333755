package al.rrjeti.kernel.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a plain-text mail into its HTML twin: paragraphs, links made clickable, everything else
 * escaped, so a name typed by a user can never become markup.
 */
public final class MailRenderer {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private MailRenderer() {
    }

    /** The HTML twin of a plain-text mail. */
    static String html(String subject, String text, String language) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            body.append("<p style=\"margin:0 0 16px\">").append(linkify(paragraph.strip()).replaceAll("\\R", "<br>"))
                    .append("</p>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\"><head><meta charset=\"utf-8\"><title>"
                + escape(subject) + "</title></head>\n"
                + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1d2430;"
                + "background:#f3f6fa;margin:0;padding:24px\">\n"
                + "<div style=\"max-width:560px;margin:0 auto;background:#ffffff;border-top:6px solid #0b3d6b;"
                + "padding:24px\">\n<p style=\"font-size:20px;font-weight:bold;color:#0b3d6b;margin:0 0 16px\">Rrjeti</p>\n"
                + body + "</div>\n</body></html>\n";
    }

    /** Plain text as safe HTML: everything escaped, web addresses made into links. */
    public static String linkify(String paragraph) {
        Matcher m = URL.matcher(paragraph);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(escape(paragraph.substring(last, m.start())));
            String url = escape(m.group());
            out.append("<a href=\"").append(url).append("\" style=\"color:#0a55a3\">").append(url).append("</a>");
            last = m.end();
        }
        return out.append(escape(paragraph.substring(last))).toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
