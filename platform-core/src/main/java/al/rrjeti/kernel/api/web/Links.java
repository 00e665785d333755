package al.rrjeti.kernel.api.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute addresses for links that leave the site, such as those in mails. */
@ApplicationScoped
public class Links {

    @Inject
    @ConfigProperty(name = "rrjeti.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** @param path inside the application, starting with {@code /} */
    public String absolute(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
