package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.campaigns.application.CampaignDraft;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.NewsletterDraft;
import al.rrjeti.campaigns.application.Newsletters;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.TestPorts;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A campaign's newsletter over real SMTP (GreenMail): each follower in their language, RFC 8058
 * headers, and the one-click address unsubscribing without a log-in or a session.
 */
@ExtendWith(ArquillianExtension.class)
class CampaignsNewsletterIT {

    private static final Pattern HTTP_LINK = Pattern.compile("<(http[^>]+/api/campaigns/unsubscribe\\?t=[^>]+)>");

    @Inject
    private EventService events;

    @Inject
    private Newsletters newsletters;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Accounts accounts;

    @Resource
    private UserTransaction transaction;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(TestPorts.SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        ActingUser.actAs(null);
    }

    private String account(String who, Role role, Locale language) throws Exception {
        String email = Network.unique(who);
        fixtures.account(email, who, role);
        if (!"sq".equals(language.getLanguage())) {
            transaction.begin();
            accounts.byEmail(email).orElseThrow().changeProfile(who, language);
            transaction.commit();
        }
        return email;
    }

    private List<MimeMessage> mailsTo(String address, int count) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            List<MimeMessage> to = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                    to.add(m);
                }
            }
            if (to.size() >= count || System.currentTimeMillis() > until) {
                assertThat(to).as("mails to " + address).hasSizeGreaterThanOrEqualTo(count);
                return to;
            }
            Thread.sleep(100);
        }
    }

    private static HttpResponse<String> postOneClick(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void followersGetItInTheirLanguageAndLeaveWithOneClickWithoutLoggingIn() throws Exception {
        String editor = account("editor", Role.EDITOR, Locale.forLanguageTag("sq"));
        String albanian = account("arta", Role.CITIZEN, Locale.forLanguageTag("sq"));
        String english = account("john", Role.CITIZEN, Locale.ENGLISH);
        String outsider = account("citizen", Role.CITIZEN, Locale.forLanguageTag("sq"));
        ActingUser.actAs(editor);
        Campaign c = events.createCampaign(new CampaignDraft("Java e integritetit", "Integrity week", "Qëllimi", null,
                null, null, CampaignAudience.YOUTH, LocalDate.now(), null, null));
        for (String follower : List.of(albanian, english)) {
            ActingUser.actAs(follower);
            events.subscribe(c.getId());
        }

        ActingUser.actAs(outsider);
        assertThatThrownBy(() -> newsletters.send(c.getId(), new NewsletterDraft("S", null, "T", null)))
                .as("only the campaign's organisers write to its followers").isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(editor);
        assertThatThrownBy(() -> newsletters.send(c.getId(), new NewsletterDraft(" ", null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("subjectSq", "bodySq"));
        assertThat(newsletters.send(c.getId(), new NewsletterDraft("Lajme nga fushata", "News from the campaign",
                "Takimi i radhës është në Shkodër.", "The next meeting is in Shkodër.")).getRecipients()).isEqualTo(2);

        MimeMessage sq = mailsTo(albanian, 1).get(0);
        assertThat(sq.getSubject()).isEqualTo("Lajme nga fushata");
        assertThat(GreenMailUtil.getBody(sq)).contains("Takimi i radh");
        MimeMessage en = mailsTo(english, 1).get(0);
        assertThat(en.getSubject()).isEqualTo("News from the campaign");
        assertThat(en.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String header = en.getHeader("List-Unsubscribe", null);
        assertThat(header).contains("<mailto:unsubscribe@rrjeti.example?subject=unsubscribe%20");
        assertThat(en.getHeader("List-Id", null)).startsWith("<campaign-" + c.getId() + ".campaigns.");
        Matcher link = HTTP_LINK.matcher(header);
        assertThat(link.find()).as(header).isTrue();
        String url = link.group(1);
        assertThat(GreenMailUtil.getBody(en).replace("=\r\n", "").replace("=3D", "=")).as("the link in the text too")
                .contains(url);

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("opening the link only asks").contains("<form method=\"post\"");
        ActingUser.actAs(english);
        assertThat(events.subscribed(c.getId())).as("a mail scanner opening the link unsubscribes no one").isTrue();

        HttpResponse<String> done = postOneClick(url);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.headers().allValues("Set-Cookie")).as("no session, no cookie").isEmpty();
        assertThat(events.subscribed(c.getId())).isFalse();
        assertThat(postOneClick(url).statusCode()).as("a second click changes nothing and fails nothing").isEqualTo(200);
        ActingUser.actAs(albanian);
        assertThat(events.subscribed(c.getId())).as("the other follower stays").isTrue();

        String forged = url.substring(0, url.length() - 3) + (url.endsWith("AAA") ? "BBB" : "AAA");
        assertThat(postOneClick(forged).statusCode()).isEqualTo(404);
        assertThat(postOneClick(url.replaceAll("t=\\d+\\.", "t=" + (c.getId() + 1) + ".")).statusCode())
                .as("a token is bound to its campaign").isEqualTo(404);
        assertThat(events.subscribed(c.getId())).isTrue();
        ActingUser.actAs(editor);
        assertThat(newsletters.sent(c.getId())).singleElement().satisfies(n -> assertThat(n.getRecipients()).isEqualTo(2));
    }
}
