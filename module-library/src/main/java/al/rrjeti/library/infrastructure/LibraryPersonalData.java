package al.rrjeti.library.infrastructure;

import al.rrjeti.kernel.spi.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the library holds about a person: the publications and files they submitted and the
 * guides they last edited. Publications are their organisation's and stay published after the
 * person leaves; the library keeps no personal data beyond who submitted, so erasure removes
 * nothing (the account's name already shows as "deleted account").
 */
@ApplicationScoped
public class LibraryPersonalData implements PersonalData {

    @PersistenceContext(unitName = "rrjeti-library")
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> export(Long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("publications", PersonalData.rows(em.createQuery("SELECT p.id, p.title.sq, p.title.en, p.kind, p.status,"
                + " p.createdAt FROM Publication p WHERE p.submittedBy = :p ORDER BY p.id", Object[].class)
                .setParameter("p", personId).getResultList(), "id", "titleSq", "titleEn", "kind", "status", "createdAt"));
        data.put("files", PersonalData.rows(em.createQuery("SELECT f.publicationId, f.fileId FROM PublicationFile f"
                + " WHERE f.addedBy = :p ORDER BY f.id", Object[].class).setParameter("p", personId).getResultList(),
                "publicationId", "fileId"));
        return data;
    }

    @Override
    public void erase(Long personId) {
        // Nothing only the person owns: see the class comment.
    }
}
