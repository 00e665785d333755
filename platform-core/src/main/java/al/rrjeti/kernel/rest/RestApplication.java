package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.web.ApiError;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The platform's one REST application. The kernel's resources live at {@code /api/<name>},
 * each module's under {@code /api/<module-id>/}; all are described at {@code /openapi}.
 *
 * <p>The contract every resource follows there: an operationId prefixed with its module's id
 * ({@code forumListThreads}), one tag per resource, typed answers, and the error answers it can
 * give referenced from the shared responses below, all with the {@link ApiError} body. REST
 * callers are known by the site's own login: the session cookie, or the "remember me" cookie.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Rrjeti API", version = "1.0",
                description = "Public data of Albania's anti-corruption network platform. Anonymous callers see "
                        + "public data; a member's session (log in on the site) also shows the members' network. "
                        + "A module switched off answers 404 on all its paths."),
        // Public unless an operation says otherwise (those whose answer depends on the caller).
        securitySets = @SecurityRequirementsSet,
        // The error body by reference: with implementation = ApiError.class Payara inlines a copy
        // wherever it meets the shared responses before the class itself.
        components = @Components(responses = {
                @APIResponse(name = ApiError.BAD_REQUEST, responseCode = "400",
                        description = "A parameter is not one of its allowed values, or a business rule refused the"
                                + " input: then text says why in the caller's language, and field names the input",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(ref = "ApiError"))),
                @APIResponse(name = ApiError.UNAUTHORIZED, responseCode = "401",
                        description = "Members only: log in first and send the session cookie",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(ref = "ApiError"))),
                @APIResponse(name = ApiError.FORBIDDEN, responseCode = "403",
                        description = "The logged-in account may not see this",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(ref = "ApiError"))),
                @APIResponse(name = ApiError.NOT_FOUND, responseCode = "404",
                        description = "No such item, or its module is switched off",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(ref = "ApiError"))),
                @APIResponse(name = ApiError.TOO_MANY_REQUESTS, responseCode = "429",
                        description = "Too many requests from this client: the Retry-After header says how many seconds"
                                + " to wait, and text says it in the caller's language",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(ref = "ApiError")))}))
@SecurityScheme(securitySchemeName = ApiError.SESSION, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE, apiKeyName = "JSESSIONID",
        description = "The session of a member who logged in on the site's login page")
@SecurityScheme(securitySchemeName = ApiError.REMEMBER_ME, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE, apiKeyName = "rrjeti-remember",
        description = "The thirty-day cookie of a member who ticked \"remember me\" when logging in")
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
