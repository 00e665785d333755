package al.rrjeti.kernel.api.i18n;

import al.rrjeti.kernel.i18n.LanguageFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The language of the current request, for pages ({@code #{language}}) and services. */
@Named("language")
@RequestScoped
public class CurrentLanguage {

    @Inject
    private HttpServletRequest request;

    public Language get() {
        Object chosen = request.getAttribute(LanguageFilter.ATTRIBUTE);
        return chosen instanceof Language l ? l : Language.DEFAULT;
    }

    public Locale getLocale() {
        return get().locale();
    }

    public String getCode() {
        return get().code();
    }

    public boolean is(String code) {
        return get().code().equals(code);
    }

    /** The current page's address in the other language: same path and query, {@code lang} replaced. */
    public String switchUrl(String code) {
        Map<String, String[]> params = request.getParameterMap();
        String query = params.entrySet().stream()
                .filter(e -> !"lang".equals(e.getKey()) && !e.getKey().startsWith("jakarta.faces")
                        && !e.getKey().contains(":"))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        String uri = (String) request.getAttribute("jakarta.servlet.error.request_uri");
        if (uri == null) {
            uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        }
        if (uri == null) {
            uri = request.getRequestURI();
        }
        return uri + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + code;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
