package al.rrjeti.campaigns.application;

import al.rrjeti.kernel.api.DocumentDeposit;
import al.rrjeti.kernel.api.Documents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A deposit in a transaction of its own: the library refusing it (and rolling its work back) must
 * not take the publication of the position with it.
 */
@ApplicationScoped
public class ArchiveCall {

    @Inject
    private Documents documents;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String deposit(DocumentDeposit deposit) {
        return documents.deposit(deposit);
    }
}
