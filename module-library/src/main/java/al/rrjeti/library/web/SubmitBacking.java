package al.rrjeti.library.web;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.application.LibraryWorkflow;
import al.rrjeti.library.application.LibraryWorkflow.Attachments;
import al.rrjeti.library.application.TopicService;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationDetails;
import al.rrjeti.library.domain.PublicationKind;
import al.rrjeti.library.domain.Topic;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code library/submit.xhtml}: members submit a publication for their organisation; editors
 * publish one directly.
 */
@Named("librarySubmitBacking")
@RequestScoped
public class SubmitBacking {

    @Inject
    private LibraryWorkflow workflow;

    @Inject
    private TopicService topics;

    @Inject
    private Permissions permissions;

    @Inject
    private Messages messages;

    private PublicationKind kind = PublicationKind.MONITORING_REPORT;
    private Long organisationId;
    private String titleSq;
    private String titleEn;
    private String summarySq;
    private String summaryEn;
    private LocalDate publishedOn = LocalDate.now();
    private String documentLanguage = "sq";
    private List<Long> topicIds = new java.util.ArrayList<>();
    private String externalUrl;
    private String licence;
    private String source;
    private Part document;
    private Part video;
    private Part captions;

    private Part captionsEn;

    public String submit() {
        return send(false);
    }

    public String publish() {
        return send(true);
    }

    private String send(boolean direct) {
        try {
            Attachments files = new Attachments(java.util.Arrays.asList(Pages.upload(document)), Pages.upload(video), Pages.upload(captions), Pages.upload(captionsEn));
            Publication p = direct ? workflow.publishDirectly(details(), files)
                    : workflow.submit(details(), organisationId, files);
            messages.info(direct ? "library.published" : "library.submitted");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/library/publication.xhtml?faces-redirect=true&id=" + p.getId();
        } catch (BusinessException e) {
            messages.refused("publication", e);
            return null;
        }
    }

    private PublicationDetails details() {
        Set<Long> topicSet = new HashSet<>(topicIds);
        return new PublicationDetails(kind, titleSq, titleEn, summarySq, summaryEn, publishedOn, documentLanguage,
                externalUrl, licence, source, topicSet, Set.of());
    }


    public boolean isEditor() {
        return permissions.may(LibraryModule.EDIT);
    }

    public List<OrganisationRef> getOrganisations() {
        return workflow.submittableOrganisations();
    }

    public List<Topic> getTopics() {
        return topics.all();
    }

    public PublicationKind[] getKinds() {
        return PublicationKind.values();
    }

    public PublicationKind getKind() {
        return kind;
    }

    public void setKind(PublicationKind kind) {
        this.kind = kind;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getTitleSq() {
        return titleSq;
    }

    public void setTitleSq(String titleSq) {
        this.titleSq = titleSq;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getSummarySq() {
        return summarySq;
    }

    public void setSummarySq(String summarySq) {
        this.summarySq = summarySq;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getDocumentLanguage() {
        return documentLanguage;
    }

    public void setDocumentLanguage(String documentLanguage) {
        this.documentLanguage = documentLanguage;
    }

    public List<Long> getTopicIds() {
        return topicIds;
    }

    public void setTopicIds(List<Long> topicIds) {
        this.topicIds = topicIds == null ? new java.util.ArrayList<>() : topicIds;
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public void setExternalUrl(String externalUrl) {
        this.externalUrl = externalUrl;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }

    public Part getVideo() {
        return video;
    }

    public void setVideo(Part video) {
        this.video = video;
    }

    public Part getCaptions() {
        return captions;
    }

    public void setCaptions(Part captions) {
        this.captions = captions;
    }

    public Part getCaptionsEn() {
        return captionsEn;
    }

    public void setCaptionsEn(Part captionsEn) {
        this.captionsEn = captionsEn;
    }
}
