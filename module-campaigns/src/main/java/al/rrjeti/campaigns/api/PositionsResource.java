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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/campaigns/positions}: joint positions open for signature, published or answered, with their signatories. */
@Path("campaigns/positions")
@RequestScoped
@Tag(name = "Campaigns")
public class PositionsResource {

    public record SignatoryView(long organisationId, String organisation, Instant signedAt, int version,
            String textSha256, boolean needsRenewal, boolean withdrawn, String withdrawalNote) {
    }

    public record PositionView(long id, String status, int version, String titleSq, String titleEn, String law,
            String institution, long initiatorOrganisationId, String initiatorOrganisation, Integer publishAtSignatures,
            LocalDate publishOn, Instant publishedAt, Instant answeredAt, String textSha256,
            List<SignatoryView> signatories, String link) {
    }

    @Inject
    private PositionService positions;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private Links links;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "campaignsPositions",
            summary = "Joint positions open for signature, published or answered, newest first, with their signatories")
    public List<PositionView> list() {
        return positions.visible().stream().map(this::view).toList();
    }

    @GET
    @Path("{id: [0-9]+}/letter.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "campaignsPositionLetter",
            summary = "The letter a published position was sent with: text, signatories with dates, reference")
    public Response letter(@PathParam("id") long id) {
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
