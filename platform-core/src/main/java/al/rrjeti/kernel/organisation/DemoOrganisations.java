package al.rrjeti.kernel.organisation;

import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verified demonstration organisations of a trial installation, each with a representative
 * account: an institution (for official answers), a CSO and a media outlet. Their names say they
 * are demonstrations wherever they appear. Made and removed only through
 * {@code al.rrjeti.kernel.api.DemoContent}, which records them.
 */
@ApplicationScoped
public class DemoOrganisations {

    /** The password of the demonstration accounts (documented in the README; trial installations only). */
    public static final String PASSWORD = "Rrjeti-Demo-1";

    /** One demonstration organisation and the account that represents it. */
    public record Made(Organisation organisation, Account representative) {
    }

    private record Plan(OrganisationType type, String name, String email, String sq, String en) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan(OrganisationType.INSTITUTION, "Agjencia Demo për Transparencën (demonstrim)",
                    "demo.institucioni@rrjeti.local",
                    "Institucion shembull i një instalimi provë: përgjigjet zyrtarisht në forum. Nuk ekziston.",
                    "A sample institution of a trial installation: it answers officially in the forum. It does not exist."),
            new Plan(OrganisationType.CSO, "Shoqata Demo Kundër Korrupsionit (demonstrim)", "demo.oshc@rrjeti.local",
                    "Organizatë shembull e shoqërisë civile për provë: boton raporte monitorimi. Nuk ekziston.",
                    "A sample civil-society organisation for trying the platform: it publishes monitoring reports. It does not exist."),
            new Plan(OrganisationType.MEDIA, "Gazeta Demo (demonstrim)", "demo.media@rrjeti.local",
                    "Media shembull e një instalimi provë. Nuk ekziston.",
                    "A sample media outlet of a trial installation. It does not exist."));

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    @Inject
    private Organisations organisations;

    @Inject
    private Accounts accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private PlatformClock clock;

    /**
     * Makes the organisations and their representatives unless made already, recording them as
     * demonstration items ({@code core_demo_item}); returns the ids of the organisations.
     */
    @jakarta.transaction.Transactional
    public List<Long> ensure() {
        List<Long> ids = recorded();
        if (!ids.isEmpty()) {
            return ids;
        }
        for (Made m : make()) {
            em.createNativeQuery("INSERT INTO core_demo_item (kind, ref_id) VALUES ('organisation', ?1)")
                    .setParameter(1, m.organisation().getId()).executeUpdate();
        }
        return recorded();
    }

    /** The ids of the demonstration organisations made and not removed. */
    @SuppressWarnings("unchecked")
    public List<Long> recorded() {
        return ((List<Number>) em.createNativeQuery(
                "SELECT ref_id FROM core_demo_item WHERE kind = 'organisation' ORDER BY ref_id").getResultList())
                .stream().map(Number::longValue).toList();
    }

    /** The account representing an organisation, if any. */
    public Optional<Long> representative(Long organisationId) {
        return organisations.members(organisationId).stream().filter(Membership::isRepresentative)
                .map(Membership::getAccountId).findFirst();
    }

    private List<Made> make() {
        List<Made> made = new ArrayList<>();
        int n = 0;
        for (Plan plan : PLANS) {
            Account rep = accounts.byEmail(plan.email()).orElseGet(() -> {
                Account a = new Account(plan.email(), "Përfaqësues demo", passwords.hash(PASSWORD),
                        Locale.forLanguageTag("sq"), clock.now());
                a.activate();
                accounts.add(a);
                return a;
            });
            Organisation org = new Organisation(new OrganisationDetails(plan.type(), plan.name(),
                    "DEMO-" + (++n), "Tiranë", null, plan.email(), plan.sq(), plan.en()), clock.now());
            organisations.add(org);
            em.flush();
            org.decide(OrganisationStatus.VERIFIED, null, clock.now());
            organisations.add(new Membership(org.getId(), rep.getId(), MemberRole.REPRESENTATIVE, clock.now()));
            made.add(new Made(org, rep));
        }
        return made;
    }

    public Optional<Organisation> find(Long id) {
        return organisations.find(id);
    }

    /** Removes an organisation with its memberships; the representatives' accounts are blocked, not erased. */
    public void remove(Long organisationId) {
        if (organisations.find(organisationId).isEmpty()) {
            return;
        }
        for (Membership m : organisations.members(organisationId)) {
            accounts.byId(m.getAccountId()).ifPresent(a -> a.block("demo removed"));
        }
        // Bulk statements, in this order: the memberships refer to the organisation.
        em.flush();
        em.createQuery("DELETE FROM Membership m WHERE m.organisationId = :o").setParameter("o", organisationId)
                .executeUpdate();
        em.createQuery("DELETE FROM Organisation o WHERE o.id = :o").setParameter("o", organisationId).executeUpdate();
        em.clear();
    }
}
