package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignRepository;
import al.rrjeti.campaigns.domain.Material;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.DocumentRef;
import al.rrjeti.kernel.api.Documents;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's materials: library items its organisers choose, linked by the library's id and
 * shown with the library's current title in the reader's language. Items the library no longer
 * shows (withdrawn, or the library switched off) drop out of the campaign page by themselves.
 */
@ApplicationScoped
public class CampaignMaterials {

    /** At most this many materials a campaign links. */
    static final int MAX = 30;

    @Inject
    private CampaignRepository repository;

    @Inject
    private Documents documents;

    @Inject
    private OrganiserEdits organisers;

    @Inject
    private Caller caller;

    @Inject
    private PlatformClock clock;

    @Inject
    private Audit audit;

    @Inject
    private Event<PublicContentChanged> publicChange;

    public boolean available() {
        return documents.available();
    }

    /** Library items matching the words, for an organiser choosing materials. */
    public List<DocumentRef> search(String query) {
        return documents.search(query, 10);
    }

    /** What the campaign page lists, in the order the organisers added them. */
    public List<DocumentRef> of(Long campaignId) {
        return repository.materials(campaignId).stream().map(m -> documents.find(m.getDocumentId()))
                .flatMap(Optional::stream).toList();
    }

    @Transactional
    public void add(Long campaignId, String documentId) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Campaign c = repository.campaign(campaignId).orElseThrow(() -> new BusinessException("campaigns.campaign.unknown"));
        Person me = organisers.requireOrganiserOf(c);
        DocumentRef doc = documents.find(documentId).orElseThrow(() -> new BusinessException("campaigns.material.unknown"));
        List<Material> now = repository.materials(campaignId);
        if (now.stream().anyMatch(m -> m.getDocumentId().equals(doc.id()))) {
            throw new BusinessException("campaigns.material.already");
        }
        if (now.size() >= MAX) {
            throw new BusinessException("campaigns.material.too-many");
        }
        repository.add(new Material(campaignId, doc.id(), me.getId(), clock.now()));
        audit.record(caller.auditName(), "campaigns.material.added", "campaign " + campaignId, doc.id());
    }

    @Transactional
    public void remove(Long campaignId, String documentId) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Campaign c = repository.campaign(campaignId).orElseThrow(() -> new BusinessException("campaigns.campaign.unknown"));
        organisers.requireOrganiserOf(c);
        repository.removeMaterial(campaignId, documentId);
        audit.record(caller.auditName(), "campaigns.material.removed", "campaign " + campaignId, documentId);
    }
}
