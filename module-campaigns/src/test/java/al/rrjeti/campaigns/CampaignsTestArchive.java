package al.rrjeti.campaigns;

import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.DocumentDeposit;
import al.rrjeti.kernel.api.DocumentRef;
import al.rrjeti.kernel.spi.DocumentArchive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The document archive the campaigns tests deposit in and link from: the kernel's {@code Documents}
 * reaches it through the SPI exactly as it reaches the library (which this module's tests do not
 * deploy). It keeps what it is given and knows a small fixed catalogue.
 */
@ApplicationScoped
public class CampaignsTestArchive implements DocumentArchive {

    static final List<DocumentRef> CATALOGUE = List.of(
            new DocumentRef("lib-7", "Udhëzues për sinjalizuesit", "/library/publication.xhtml?id=7"),
            new DocumentRef("lib-8", "Raporti vjetor i prokurimit publik", "/library/publication.xhtml?id=8"));

    /** A deposit as received, with who made it. */
    public record Received(DocumentDeposit deposit, Long by) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();

    @Inject
    private Caller caller;

    @Override
    public String deposit(DocumentDeposit deposit) {
        received.add(new Received(deposit, caller.requireAccount().getId()));
        return "/library/submission.xhtml?id=" + (9000 + received.size());
    }

    @Override
    public List<DocumentRef> search(String query, int max) {
        String q = query.toLowerCase(Locale.ROOT);
        return CATALOGUE.stream().filter(d -> d.title().toLowerCase(Locale.ROOT).contains(q)).limit(max).toList();
    }

    @Override
    public Optional<DocumentRef> find(String id) {
        return CATALOGUE.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }
}
