package al.rrjeti.campaigns.api;

import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import al.rrjeti.kernel.api.web.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/campaigns/campaigns}: every campaign, in both languages. */
@Path("campaigns/campaigns")
@RequestScoped
@Tag(name = CampaignsResource.TAG, description = CampaignsResource.TAG_DESCRIPTION)
public class CampaignsResource {

    /** The tag of the campaigns themselves (this list and the page-view beacon). */
    static final String TAG = "Campaigns";
    static final String TAG_DESCRIPTION = "Awareness campaigns of the network: their goals, audience and period";

    @Schema(name = "CampaignsCampaign", description = "A campaign, in both languages (an English text may be absent)")
    public record CampaignView(long id, String titleSq, @Schema(nullable = true) String titleEn, String goalSq,
            @Schema(nullable = true) String goalEn,
            @Schema(description = "Who it speaks to", enumeration = {"citizens", "youth", "businesses", "public_officials",
                    "csos", "media"}) String audience,
            @Schema(type = SchemaType.STRING, format = "date", example = "2026-12-01") LocalDate startsOn,
            @Schema(type = SchemaType.STRING, format = "date", nullable = true, description = "Absent while open-ended")
            LocalDate endsOn,
            @Schema(nullable = true, description = "Directory id of the organising organisation") Long organisationId,
            @Schema(nullable = true) String organisation,
            @Schema(description = "The campaign's page") String link) {
    }

    @Inject
    private EventService events;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private Links links;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "campaignsListCampaigns",
            summary = "Every campaign, the latest start first, in both languages")
    @APIResponse(responseCode = "200", description = "The campaigns", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CampaignView.class)))
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public List<CampaignView> list() {
        List<Campaign> all = events.campaigns();
        Map<Long, OrganisationRef> orgs = organisations.byIds(all.stream().map(Campaign::getOrganisationId)
                .filter(Objects::nonNull).toList());
        return all.stream().map(c -> new CampaignView(c.getId(), c.getTitle().getSq(), c.getTitle().getEn(), c.getGoal().getSq(),
                c.getGoal().getEn(), c.getAudience().name().toLowerCase(java.util.Locale.ROOT), c.getStartsOn(),
                c.getEndsOn(), c.getOrganisationId(), orgs.containsKey(c.getOrganisationId())
                        ? orgs.get(c.getOrganisationId()).getName() : null,
                links.absolute("/campaigns/campaign.xhtml?id=" + c.getId()))).toList();
    }
}
