package al.rrjeti.campaigns.api;

import al.rrjeti.campaigns.application.PositionService;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.campaigns.domain.Signature;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import al.rrjeti.kernel.api.web.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/campaigns/positions}: joint positions open for signature, published or answered, with their signatories. */
@Path("campaigns/positions")
@RequestScoped
@Tag(name = "Campaigns joint positions", description = "Joint positions co-signed by the network's"
        + " organisations: their status, the text's version and hash, the signatories, the letter sent")
public class PositionsResource {

    @Schema(name = "CampaignsSignatory", description = "An organisation's signature of a joint position")
    public record SignatoryView(long organisationId, @Schema(nullable = true) String organisation,
            @Schema(type = SchemaType.STRING, format = "date-time") Instant signedAt,
            @Schema(description = "The version of the text it signed") int version,
            @Schema(description = "SHA-256 (hex) of the exact text it signed") String textSha256,
            @Schema(description = "The text changed since: the organisation is asked to sign again") boolean needsRenewal,
            boolean withdrawn,
            @Schema(nullable = true, description = "Why a signature was withdrawn after publication") String withdrawalNote) {
    }

    @Schema(name = "CampaignsPosition", description = "A joint position with its signatories")
    public record PositionView(long id, @Schema(enumeration = {"open", "published", "answered"}) String status,
            @Schema(description = "The text's current version") int version, String titleSq,
            @Schema(nullable = true) String titleEn, @Schema(nullable = true, description = "The policy or law it addresses")
            String law, @Schema(description = "The institution it is addressed to") String institution,
            long initiatorOrganisationId, @Schema(nullable = true) String initiatorOrganisation,
            @Schema(nullable = true, description = "Published when this many organisations have signed")
            Integer publishAtSignatures,
            @Schema(type = SchemaType.STRING, format = "date", nullable = true, description = "Published on this day")
            LocalDate publishOn,
            @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) Instant publishedAt,
            @Schema(type = SchemaType.STRING, format = "date-time", nullable = true,
                    description = "When the institution's answer was attached") Instant answeredAt,
            @Schema(description = "SHA-256 (hex) of the current text") String textSha256,
            List<SignatoryView> signatories,
            @Schema(description = "The position's page") String link) {
    }

    @Inject
    private PositionService positions;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private Links links;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "campaignsListPositions",
            summary = "Joint positions open for signature, published or answered, newest first, with their signatories")
    @APIResponse(responseCode = "200", description = "The positions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PositionView.class)))
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public List<PositionView> list() {
        return positions.visible().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}/letter.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "campaignsGetPositionLetter",
            summary = "The letter a published position was sent with: text, signatories with dates, reference")
    @APIResponse(responseCode = "200", description = "The letter as PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public Response letter(@Parameter(description = "the position's id; a position not yet published has no letter",
            required = true) @PathParam("id") long id) {
        byte[] pdf;
        try {
            pdf = positions.letter(id);
        } catch (AccessDeniedException e) {
            throw new NotFoundException();
        } catch (BusinessException e) {
            throw new NotFoundException();
        }
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"qendrim-" + id + ".pdf\"").build();
    }

    private PositionView view(Position p) {
        List<Signature> signatures = positions.signatures(p.getId());
        Map<Long, OrganisationRef> orgs = organisations.byIds(Stream.concat(Stream.of(p.getOrganisationId()),
                signatures.stream().map(Signature::getOrganisationId)).toList());
        List<SignatoryView> signatories = signatures.stream().map(s -> new SignatoryView(s.getOrganisationId(),
                name(orgs, s.getOrganisationId()), s.getSignedAt(), s.getVersionNumber(), s.getTextHash(),
                s.needsRenewal(p), s.isWithdrawn(), s.getWithdrawalNote())).toList();
        return new PositionView(p.getId(), p.getStatus().name().toLowerCase(Locale.ROOT), p.getVersionNumber(),
                p.getTitle().getSq(), p.getTitle().getEn(), p.getLaw(), p.getInstitutionName(), p.getOrganisationId(),
                name(orgs, p.getOrganisationId()), p.getPublishAtSignatures(), p.getPublishOn(), p.getPublishedAt(),
                p.getAnsweredAt(), p.getTextHash(), signatories,
                links.absolute("/campaigns/position.xhtml?id=" + p.getId()));
    }

    private static String name(Map<Long, OrganisationRef> orgs, Long id) {
        OrganisationRef o = orgs.get(id);
        return o == null ? null : o.getName();
    }
}
