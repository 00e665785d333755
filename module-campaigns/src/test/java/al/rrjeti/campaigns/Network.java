package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.mail.Mailer;
import al.rrjeti.kernel.organisation.OrganisationMembers;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Verified organisations with a representative and, when asked, a plain member, made through the kernel's own flows. */
@ApplicationScoped
public class Network {

    /** An organisation of the test: its id and its representative's e-mail. */
    public record Org(Long id, String name, String representative) {
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private OrganisationMembers members;

    @Inject
    private Mailer mailer;

    public static String unique(String who) {
        return who + "." + Long.toString(System.nanoTime(), 36) + "@example.al";
    }

    public Org organisation(OrganisationType type, String name) {
        String rep = unique("rep");
        String unique = name + " " + Long.toString(System.nanoTime(), 36);
        return new Org(fixtures.verifiedOrganisation(type, unique, rep).getId(), unique, rep);
    }

    /** A member who is not the representative: invited by the representative, joined by the link. */
    public String member(Org org) {
        String email = unique("member");
        fixtures.account(email, "Anëtar");
        try {
            ActingUser.actAs(org.representative());
            members.invite(org.id(), email, Locale.forLanguageTag("sq"));
            Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mailer.latestTo(email, 1).get(0).getText());
            assertThat(m.find()).isTrue();
            ActingUser.actAs(email);
            members.accept(m.group(1));
        } finally {
            ActingUser.actAs(null);
        }
        return email;
    }
}
