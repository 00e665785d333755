package al.rrjeti.kernel.spi;

import al.rrjeti.kernel.api.DocumentDeposit;
import al.rrjeti.kernel.api.DocumentRef;
import java.util.List;
import java.util.Optional;

/**
 * A module that keeps the platform's documents (the library) takes documents other modules hand
 * over and lets them link its documents, without either knowing the other's classes. Declared
 * with {@code ModuleDescriptor.Builder#documents}; other modules reach it through the kernel's
 * {@code al.rrjeti.kernel.api.Documents}, only while the archive's module is active.
 */
public interface DocumentArchive {

    /**
     * Takes the document in, under the archive's own rules (e.g. as a submission for its editors'
     * review), as the current caller; checks the caller's right to submit for the organisation.
     *
     * @return the path of the page where the document can be followed
     */
    String deposit(DocumentDeposit deposit);

    /** Published documents the current caller may read that match the query, best first. */
    List<DocumentRef> search(String query, int max);

    /** One document by its archive id, if it exists and the current caller may read it. */
    Optional<DocumentRef> find(String id);
}
