package al.rrjeti.kernel.i18n;

import al.rrjeti.kernel.api.i18n.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads every request as UTF-8 and decides its language: {@code ?lang=} on any page (then remembered in a
 * cookie for a year), else the remembered choice, else Albanian.
 */
public class LanguageFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** Request attribute holding the chosen {@link Language}. */
    public static final String ATTRIBUTE = Language.class.getName();
    /** The cookie remembering the reader's choice. */
    public static final String COOKIE = "rrjeti-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Before anything reads a parameter: forms (multipart ones too) are sent in UTF-8.
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
        Optional<Language> asked = Language.fromCode(request.getParameter("lang"));
        Language language = languageOf(request);
        if (asked.isPresent()) {
            response.addCookie(cookie(request, language));
        }
        request.setAttribute(ATTRIBUTE, language);
        chain.doFilter(request, response);
    }

    /** The cookie that remembers the choice of {@code ?lang=} for a year. */
    public static Cookie cookie(HttpServletRequest request, Language language) {
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** Whether the request chooses its language with {@code ?lang=} (then remembered in a cookie). */
    public static Optional<Language> asked(HttpServletRequest request) {
        return Language.fromCode(request.getParameter("lang"));
    }

    /**
     * The language the request's page is written in: {@code ?lang=}, else the remembered choice, else
     * Albanian. Reads parameters: the request's encoding must be set before.
     */
    public static Language languageOf(HttpServletRequest request) {
        return chosen(request).orElse(Language.DEFAULT);
    }

    /** The language the request chose: {@code ?lang=}, else the remembered choice; empty if neither. */
    public static Optional<Language> chosen(HttpServletRequest request) {
        return asked(request).or(() -> remembered(request));
    }

    private static Optional<Language> remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .flatMap(c -> Language.fromCode(c.getValue()));
    }
}
