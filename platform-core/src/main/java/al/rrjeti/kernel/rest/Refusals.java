package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.kernel.api.web.ApiError;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.i18n.LanguageFilter;
import al.rrjeti.kernel.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A business rule's refusal over REST, in words for the person: the same texts a page shows for it
 * ({@code Messages}: a key starting with a module's id from that module's bundle, else the kernel's;
 * a wait left written in the reader's words), in the caller's language.
 *
 * <p>The caller's language: what the site's pages use when the request chose one ({@code ?lang=}, the
 * language cookie), else what the client asks for ({@code Accept-Language}; the platform's pages send
 * theirs), else the logged-in account's language, else Albanian.
 */
@RequestScoped
public class Refusals {

    @Inject
    private HttpServletRequest request;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    /** The error answer for a refusal: {@link ApiError} with {@code text} and {@code field}, never cached. */
    public Response answer(int status, String message, String field, BusinessException refusal) {
        return answer(status, message, field, refusal.messageKey(), refusal.arguments());
    }

    public Response answer(int status, String message, String field, String key, Object[] arguments) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .header("Vary", "Accept-Language, Cookie")
                .entity(ApiError.refusal(status, message, field, text(reader(), key, arguments))).build();
    }

    /** The language to answer in (see the class). */
    public Locale reader() {
        return LanguageFilter.chosen(request).or(this::asked).or(this::accounts).orElse(Language.DEFAULT).locale();
    }

    private Optional<Language> asked() {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            List<String> ours = Arrays.stream(Language.values()).map(Language::code).toList();
            return Optional.ofNullable(Locale.lookupTag(ranges, ours)).flatMap(Language::fromCode);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Language> accounts() {
        return user.account().map(a -> a.getLanguage()).flatMap(l -> Language.fromCode(l.toLanguageTag()));
    }

    /** The refusal's words, as a page shows them ({@link Messages#text(Locale, String, Object...)}). */
    public String text(Locale locale, String key, Object... arguments) {
        return messages.text(locale, key, arguments);
    }
}
