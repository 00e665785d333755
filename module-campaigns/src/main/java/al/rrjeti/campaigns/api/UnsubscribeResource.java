package al.rrjeti.campaigns.api;

import al.rrjeti.campaigns.CampaignsModule;
import al.rrjeti.campaigns.application.Newsletters;
import al.rrjeti.campaigns.application.UnsubscribeTokens;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/campaigns/unsubscribe?t=…}: a newsletter's unsubscribe address. POST (RFC 8058
 * one-click, sent by mail programs, or the button of the GET page) unsubscribes at once, with no
 * log-in and no session; GET only shows the button, because mail scanners open links on their own.
 */
@Path("campaigns/unsubscribe")
@RequestScoped
@Tag(name = "Campaigns")
public class UnsubscribeResource {

    @Inject
    private Newsletters newsletters;

    @Inject
    private UnsubscribeTokens tokens;

    @Inject
    private Texts texts;

    @Inject
    private CurrentLanguage language;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "campaignsUnsubscribe",
            summary = "One-click unsubscribe from a campaign's newsletter (RFC 8058); the token comes from the mail")
    public Response unsubscribe(@Parameter(required = true) @QueryParam("t") String token) {
        if (token == null || token.isBlank()) {
            return plain(Response.Status.BAD_REQUEST, text("campaigns.unsubscribe.invalid"));
        }
        if (!newsletters.unsubscribe(token)) {
            return plain(Response.Status.NOT_FOUND, text("campaigns.unsubscribe.invalid"));
        }
        return plain(Response.Status.OK, text("campaigns.unsubscribe.done"));
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "campaignsUnsubscribePage",
            summary = "The page an unsubscribe link opens: one button that unsubscribes")
    public Response page(@Parameter(required = true) @QueryParam("t") String token) {
        // No token at all is a malformed link (400); a token that is not genuine is an unknown list (404).
        boolean missing = token == null || token.isBlank();
        boolean genuine = !missing && tokens.read(token).isPresent();
        String lang = language.getCode();
        String body = genuine
                ? "<form method=\"post\" action=\"?t=" + URLEncoder.encode(token.strip(), StandardCharsets.UTF_8) + "\">"
                        + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<p>" + escape(text("campaigns.unsubscribe.ask")) + "</p>"
                        + "<button type=\"submit\">" + escape(text("campaigns.unsubscribe.button")) + "</button></form>"
                : "<p>" + escape(text("campaigns.unsubscribe.invalid")) + "</p>";
        String html = "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>"
                + escape(text("campaigns.unsubscribe.title")) + "</title><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"></head><body><main><h1>"
                + escape(text("campaigns.unsubscribe.title")) + "</h1>" + body + "</main></body></html>";
        return Response.status(genuine ? Response.Status.OK : missing ? Response.Status.BAD_REQUEST : Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML + ";charset=utf-8").header("Cache-Control", "private, no-store")
                .entity(html).build();
    }

    private Response plain(Response.Status status, String text) {
        return Response.status(status).type(MediaType.TEXT_PLAIN + ";charset=utf-8")
                .header("Cache-Control", "private, no-store").entity(text).build();
    }

    private String text(String key) {
        return texts.text(CampaignsModule.MESSAGES, CampaignsModule.class.getClassLoader(), language.getLocale(), key);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
