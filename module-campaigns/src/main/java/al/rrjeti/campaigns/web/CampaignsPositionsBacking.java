package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.Memberships;
import al.rrjeti.campaigns.application.PositionService;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.OrganisationType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code campaigns/positions.xhtml}: joint positions open for signature, published and answered. */
@Named("campaignsPositionsBacking")
@RequestScoped
public class CampaignsPositionsBacking {

    @Inject
    private PositionService positions;

    @Inject
    private Memberships memberships;

    @Inject
    private Caller caller;

    private List<Position> visible;

    public List<Position> getPositions() {
        if (visible == null) {
            visible = positions.visible();
        }
        return visible;
    }

    /** Drafts under discussion, for members of verified organisations. */
    public List<Position> getDrafts() {
        return positions.draftsForComment();
    }

    /** Members of a verified CSO see the link to draft one. */
    public boolean isMayDraft() {
        return caller.account().map(me -> !memberships.verified(me.getId(), OrganisationType.CSO).isEmpty())
                .orElse(false);
    }
}
