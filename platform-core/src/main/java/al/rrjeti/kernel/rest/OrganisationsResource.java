package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.web.Links;
import al.rrjeti.kernel.organisation.Directory;
import al.rrjeti.kernel.organisation.Organisation;
import al.rrjeti.kernel.api.OrganisationType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import al.rrjeti.kernel.api.web.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/organisations}: the public network directory as JSON. */
@Path("organisations")
@RequestScoped
@Tag(name = "Organisations", description = "The public directory of the network's verified organisations")
public class OrganisationsResource {

    /** A verified organisation as the public API shows it. */
    @Schema(name = "Organisation")
    public record View(long id, @Schema(example = "cso") String type, String name, String website,
            @Schema(description = "Description by language code", additionalProperties = String.class) Map<String, String> description,
            @Schema(description = "Number of members; for CSOs only") Long members,
            @Schema(description = "Address of the logo, if any") String logo) {
    }

    @Inject
    private Directory directory;

    @Inject
    private Links links;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "kernelListOrganisations", summary = "Verified organisations of the network, by name")
    @APIResponse(responseCode = "200", description = "The matching organisations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = View.class)))
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    public List<View> list(@Parameter(description = "cso, institution, business or media",
            schema = @Schema(enumeration = {"cso", "institution", "business", "media"})) @QueryParam("type")
            String type, @Parameter(description = "text to look for in names and descriptions") @QueryParam("q")
            String q) {
        OrganisationType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = OrganisationType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("type must be cso, institution, business or media");
            }
        }
        return directory.listing(t, q).stream().map(l -> view(l.organisation(), l.members())).toList();
    }

    private View view(Organisation o, long members) {
        Map<String, String> description = new java.util.LinkedHashMap<>();
        if (o.getDescriptionSq() != null) {
            description.put("sq", o.getDescriptionSq());
        }
        if (o.getDescriptionEn() != null) {
            description.put("en", o.getDescriptionEn());
        }
        return new View(o.getId(), o.getType().key(), o.getName(), o.getWebsite(), description,
                o.getType() == OrganisationType.CSO ? members : null,
                o.getLogoFileId() == null ? null : links.absolute("/files/" + o.getLogoFileId()));
    }
}
