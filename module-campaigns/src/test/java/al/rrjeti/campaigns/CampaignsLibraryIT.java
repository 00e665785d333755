package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.campaigns.Network.Org;
import al.rrjeti.campaigns.application.CampaignDraft;
import al.rrjeti.campaigns.application.CampaignMaterials;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.PositionArchive;
import al.rrjeti.campaigns.application.PositionDraft;
import al.rrjeti.campaigns.application.PositionService;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.DocumentRef;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.TestPorts;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The library through the kernel's Documents: campaign materials chosen from it, published positions handed to it. */
@ExtendWith(ArquillianExtension.class)
class CampaignsLibraryIT {

    @Inject
    private EventService events;

    @Inject
    private CampaignMaterials materials;

    @Inject
    private PositionService positions;

    @Inject
    private PositionArchive archive;

    @Inject
    private CampaignsTestArchive library;

    @Inject
    private Network network;

    @Inject
    private Fixtures fixtures;

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    @Test
    void organisersLinkLibraryItemsThatTheCampaignPageShows() throws Exception {
        String editor = Network.unique("editor");
        fixtures.account(editor, "Redaktore", Role.EDITOR);
        String citizen = Network.unique("citizen");
        fixtures.account(citizen, "Qytetar", Role.CITIZEN);
        ActingUser.actAs(editor);
        Campaign c = events.createCampaign(new CampaignDraft("Sinjalizuesit " + System.nanoTime(), null, "Qëllimi",
                null, null, null, CampaignAudience.CITIZENS, LocalDate.now(), null, null));

        assertThat(materials.available()).isTrue();
        assertThat(materials.search("sinjaliz")).extracting(DocumentRef::id).containsExactly("lib-7");
        materials.add(c.getId(), "lib-7");
        materials.add(c.getId(), "lib-8");
        assertThatThrownBy(() -> materials.add(c.getId(), "lib-7")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("campaigns.material.already"));
        assertThatThrownBy(() -> materials.add(c.getId(), "lib-404")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("campaigns.material.unknown"));
        ActingUser.actAs(citizen);
        assertThatThrownBy(() -> materials.add(c.getId(), "lib-8")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> materials.remove(c.getId(), "lib-7")).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(null);

        HttpSession visitor = new HttpSession("http://localhost:" + TestPorts.HTTP + "/" + CampaignsTestDeployment.NAME);
        assertThat(visitor.get("/campaigns/campaign.xhtml?id=" + c.getId()).body())
                .contains("/library/publication.xhtml?id=7", "Udhëzues për sinjalizuesit");
        ActingUser.actAs(editor);
        materials.remove(c.getId(), "lib-7");
        assertThat(materials.of(c.getId())).extracting(DocumentRef::id).containsExactly("lib-8");
        ActingUser.actAs(null);
        assertThat(visitor.get("/campaigns/campaign.xhtml?id=" + c.getId()).body()).as("the cached page was dropped")
                .doesNotContain("Udhëzues për sinjalizuesit").contains("Raporti vjetor i prokurimit publik");
    }

    @Test
    void aPositionPublishedByAnotherOrganisationsSignatureIsDepositedByItsInitiators() {
        Org a = network.organisation(OrganisationType.CSO, "Qendra A");
        Org b = network.organisation(OrganisationType.CSO, "Qendra B");
        ActingUser.actAs(a.representative());
        Position p = positions.draft(a.id(), new PositionDraft("Për transparencën e buxhetit", null, "Teksti.", null,
                "Ligji për buxhetin", "Ministria e Financave", "info@financa.gov.al", null, 2, null));
        positions.open(p.getId());
        positions.sign(p.getId(), a.id());
        ActingUser.actAs(b.representative());
        assertThat(positions.sign(p.getId(), b.id())).as("the second signature publishes").isTrue();
        assertThat(positions.read(p.getId()).getLibraryPath()).as("B may not submit for A").isNull();
        assertThat(archive.mayDeposit(positions.read(p.getId()))).isFalse();
        assertThatThrownBy(() -> archive.deposit(p.getId())).isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(a.representative());
        assertThat(archive.mayDeposit(positions.read(p.getId()))).isTrue();
        String path = archive.deposit(p.getId());
        assertThat(positions.read(p.getId()).getLibraryPath()).isEqualTo(path);
        assertThat(library.received()).filteredOn(r -> r.deposit().sourceLink().endsWith("?id=" + p.getId()))
                .singleElement().satisfies(r -> assertThat(r.deposit().organisationId()).isEqualTo(a.id()));
        assertThatThrownBy(() -> archive.deposit(p.getId())).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("campaigns.position.deposited"));
    }
}
