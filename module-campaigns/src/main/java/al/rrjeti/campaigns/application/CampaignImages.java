package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignRepository;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.files.FileKind;
import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * A campaign's image: stored by the kernel's file store (checked by content, its metadata such as
 * GPS position dropped), public like the campaign, and described in both languages for readers who
 * do not see it.
 */
@ApplicationScoped
public class CampaignImages {

    /** PNG or JPEG, at most 3 MB. */
    public static final FileKind IMAGE = new FileKind("campaigns-image", Set.of("image/png", "image/jpeg"),
            3L * 1024 * 1024).strippingImageMetadata();

    @Inject
    private CampaignRepository repository;

    @Inject
    private OrganiserEdits organisers;

    @Inject
    private StoredFiles files;

    @Inject
    private Caller caller;

    @Inject
    private Audit audit;

    @Inject
    private Event<PublicContentChanged> publicChange;

    /**
     * Sets the image and its description; with no file, only the description changes (when there is an image).
     *
     * @throws InvalidInputException when the file is refused or a description is missing
     */
    @Transactional
    public void set(Long campaignId, Upload image, String altSq, String altEn) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Campaign c = repository.campaign(campaignId).orElseThrow(() -> new BusinessException("campaigns.campaign.unknown"));
        organisers.requireOrganiserOf(c);
        new Checks()
                .at("image", image == null && c.getImageFileId() == null, "campaigns.image.required")
                .required("altSq", altSq, "campaigns.image.alt.required").maxLength("altSq", altSq, 300)
                .required("altEn", altEn, "campaigns.image.alt.required").maxLength("altEn", altEn, 300)
                .throwIfAny();
        Long fileId = image == null ? c.getImageFileId()
                : files.store(image.content(), image.name(), IMAGE, "image").getId();
        c.illustrate(fileId, BilingualText.of(Checks.clean(altSq), Checks.clean(altEn)));
        audit.record(caller.auditName(), "campaigns.image.set", "campaign " + campaignId, "file " + fileId);
    }

    @Transactional
    public void remove(Long campaignId) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Campaign c = repository.campaign(campaignId).orElseThrow(() -> new BusinessException("campaigns.campaign.unknown"));
        organisers.requireOrganiserOf(c);
        c.illustrate(null, null);
        audit.record(caller.auditName(), "campaigns.image.removed", "campaign " + campaignId, null);
    }
}
