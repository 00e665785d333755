package al.rrjeti.kernel.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The platform's one REST application. The kernel's resources live at {@code /api/<name>},
 * each module's under {@code /api/<module-id>/}; all are described at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Rrjeti API", version = "1.0",
        description = "Public data of Albania's anti-corruption network platform"))
public class RestApplication extends Application {

    /**
     * No WADL ({@code /api/application.wadl}, OPTIONS): it lists every resource to anyone, and
     * {@code /openapi} describes them already. Error statuses are set, not sent, so the JSON the
     * mappers write reaches the client instead of the server's HTML error page.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.response.setStatusOverSendError", true);
    }
}
