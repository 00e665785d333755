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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/campaigns/campaigns}: every campaign, in both languages. */
@Path("campaigns/campaigns")
@RequestScoped
@Tag(name = "Campaigns")
public class CampaignsResource {

    public record CampaignView(long id, String titleSq, String titleEn, String goalSq, String goalEn, String audience,
            LocalDate startsOn, LocalDate endsOn, Long organisationId, String organisation, String link) {
    }

    @Inject
    private EventService events;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private Links links;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "campaignsList", summary = "Every campaign, the latest start first, in both languages")
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
