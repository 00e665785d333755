package al.rrjeti.campaigns.api;

import al.rrjeti.campaigns.CampaignsModule;
import al.rrjeti.campaigns.application.Newsletters;
import al.rrjeti.campaigns.application.UnsubscribeTokens;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import al.rrjeti.kernel.api.web.Links;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import al.rrjeti.kernel.api.web.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/campaigns/unsubscribe?t=…}: a newsletter's unsubscribe address. POST (RFC 8058
 * one-click, sent by mail programs, or the button of the GET page) unsubscribes at once, with no
 * log-in and no session; GET only shows the button, because mail scanners open links on their own.
 * The button's post (a browser, asking for {@code text/html}) is answered with a page in both
 * languages; mail programs' posts keep the plain sentence.
 *
 * <p>The POST is part of the REST contract: its refusals carry the API's {@link ApiError} body. The
 * GET is a page for a person who clicked the mail's link, not an API operation: it answers HTML,
 * refusals included, and is left out of {@code /openapi}.
 */
@Path("campaigns/unsubscribe")
@RequestScoped
@Tag(name = "Campaigns newsletters", description = "Leaving a campaign's newsletter with the link of the mail,"
        + " without logging in")
public class UnsubscribeResource {

    @Inject
    private Newsletters newsletters;

    @Inject
    private UnsubscribeTokens tokens;

    @Inject
    private Texts texts;

    @Inject
    private CurrentLanguage language;

    @Inject
    private Links links;

    private static final Locale SQ = Locale.forLanguageTag("sq");

    @POST
    @Produces({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(operationId = "campaignsUnsubscribe",
            summary = "One-click unsubscribe from a campaign's newsletter (RFC 8058): the address of the mail's"
                    + " List-Unsubscribe header, which mail programs POST to; no log-in, no cookie. Unsubscribing"
                    + " twice answers 200 again",
            // No @RequestBody: Payara drops it from a method without an entity parameter, and a form
            // parameter would refuse the multipart/form-data body RFC 8058 prefers.
            description = "Mail programs send List-Unsubscribe=One-Click as multipart/form-data or"
                    + " application/x-www-form-urlencoded; the body is not needed and not read")
    @APIResponse(responseCode = "200", description = "Unsubscribed: a sentence saying so, in the caller's language;"
            + " a browser's form post (Accept: text/html, the button of the GET page) gets a page in both languages",
            content = {@Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public Response unsubscribe(@Parameter(description = "the token of the mail's unsubscribe link: it names the"
            + " campaign and the subscriber, and is signed by the platform", required = true) @QueryParam("t") String token,
            @Context HttpHeaders headers) {
        if (browser(headers)) {
            // A person pressed the page's button: a page answers, in both languages (no session tells which one).
            boolean missing = token == null || token.isBlank();
            boolean done = !missing && newsletters.unsubscribe(token);
            return html(done ? Response.Status.OK : missing ? Response.Status.BAD_REQUEST : Response.Status.NOT_FOUND,
                    bilingual(done ? "campaigns.unsubscribe.done" : "campaigns.unsubscribe.invalid"));
        }
        if (token == null || token.isBlank()) {
            throw new BadRequestException("t, the token of the mail's unsubscribe link, is missing");
        }
        if (!newsletters.unsubscribe(token)) {
            // A token the platform did not sign, or bound to another campaign: no such subscription to end.
            throw new NotFoundException("this unsubscribe link is not genuine");
        }
        return plain(Response.Status.OK, text("campaigns.unsubscribe.done"));
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true) // a page for people (HTML, refusals included), not an operation of the API
    public Response page(@QueryParam("t") String token) {
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

    /**
     * A browser's form post asks for HTML first ({@code Accept: text/html,…}); mail programs' RFC 8058
     * posts ask for nothing in particular and keep the plain answer.
     */
    static boolean browser(HttpHeaders headers) {
        return headers != null && headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> "text".equals(t.getType()) && "html".equals(t.getSubtype()));
    }

    /** The sentence in Albanian, then in English, each marked with its language. */
    private String bilingual(String key) {
        return "<p lang=\"sq\">" + escape(text(key, SQ)) + "</p><p lang=\"en\">" + escape(text(key, Locale.ENGLISH)) + "</p>"
                + "<p><a href=\"" + escape(links.absolute("/campaigns/")) + "\"><span lang=\"sq\">"
                + escape(text("campaigns.unsubscribe.back", SQ)) + "</span> / <span lang=\"en\">"
                + escape(text("campaigns.unsubscribe.back", Locale.ENGLISH)) + "</span></a></p>";
    }

    private Response html(Response.Status status, String body) {
        String html = "<!DOCTYPE html><html lang=\"sq\"><head><meta charset=\"utf-8\"><title>"
                + escape(text("campaigns.unsubscribe.title", SQ)) + " / " + escape(text("campaigns.unsubscribe.title", Locale.ENGLISH))
                + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body><main><h1>"
                + escape(text("campaigns.unsubscribe.title", SQ)) + " / <span lang=\"en\">"
                + escape(text("campaigns.unsubscribe.title", Locale.ENGLISH)) + "</span></h1>" + body + "</main></body></html>";
        return Response.status(status).type(MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Cache-Control", "private, no-store").entity(html).build();
    }

    private String text(String key, Locale locale) {
        return texts.text(CampaignsModule.MESSAGES, CampaignsModule.class.getClassLoader(), locale, key);
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
