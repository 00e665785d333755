package al.rrjeti.kernel.web.organisation;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.organisation.Organisation;
import al.rrjeti.kernel.organisation.OrganisationDetails;
import al.rrjeti.kernel.organisation.OrganisationRegistration;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/** {@code organisations/register.xhtml}: a person registers their organisation for verification. */
@Named
@RequestScoped
public class OrganisationFormBacking {

    @Inject
    private OrganisationRegistration registration;

    @Inject
    private Messages messages;

    private OrganisationType type = OrganisationType.CSO;
    private String name;
    private String registrationNumber;
    private String address;
    private String website;
    private String contactEmail;
    private String descriptionSq;
    private String descriptionEn;
    private Part logo;
    private Part proof;

    public String register() {
        try {
            Organisation org = registration.register(details(), Pages.upload(logo), Pages.upload(proof));
            messages.info("organisation.registered");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/organisations/manage.xhtml?faces-redirect=true&id=" + org.getId();
        } catch (BusinessException e) {
            messages.refused("organisation", e);
            return null;
        }
    }

    OrganisationDetails details() {
        return new OrganisationDetails(type, name, registrationNumber, address, website, contactEmail, descriptionSq,
                descriptionEn);
    }


    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getDescriptionSq() {
        return descriptionSq;
    }

    public void setDescriptionSq(String descriptionSq) {
        this.descriptionSq = descriptionSq;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }

    public Part getProof() {
        return proof;
    }

    public void setProof(Part proof) {
        this.proof = proof;
    }
}
