package al.rrjeti.kernel.web.organisation;

import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.organisation.Directory;
import al.rrjeti.kernel.organisation.Directory.Listing;
import al.rrjeti.kernel.organisation.Directory.Progress;
import al.rrjeti.kernel.api.OrganisationType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code organisations/index.xhtml} and {@code organisations/view.xhtml}: the public directory. */
@Named
@RequestScoped
public class DirectoryBacking {

    @Inject
    private Directory directory;

    @Inject
    private CurrentLanguage language;

    private String type;
    private String q;
    private Long id;
    private List<Listing> listing;
    private Listing opened;

    public List<Listing> getListing() {
        if (listing == null) {
            listing = directory.listing(selectedType().orElse(null), q);
        }
        return listing;
    }

    public List<Progress> getProgress() {
        return directory.progress();
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public Listing getOpened() {
        if (opened == null && id != null) {
            opened = directory.get(id).orElse(null);
        }
        return opened;
    }

    /** {@code view.xhtml}: 404 unless the id names a verified organisation. */
    public void requireOpened() {
        if (getOpened() == null) {
            al.rrjeti.kernel.api.web.Pages.notFound();
        }
    }

    public String description(Listing l) {
        return l.organisation().description(language.getLocale());
    }

    private Optional<OrganisationType> selectedType() {
        if (type == null || type.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrganisationType.valueOf(type.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
