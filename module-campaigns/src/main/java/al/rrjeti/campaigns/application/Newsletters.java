package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.CampaignsModule;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignRepository;
import al.rrjeti.campaigns.domain.Newsletter;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.Mail;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.api.web.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Newsletters: a campaign's organisers (or editors) write to its subscribers, each in their own
 * language, by mail with RFC 8058 one-click unsubscribe; anyone holding the link's token leaves
 * the list without logging in.
 */
@ApplicationScoped
public class Newsletters {

    /** Where a newsletter's unsubscribe link points (GET shows a button, POST unsubscribes at once). */
    public static final String UNSUBSCRIBE_PATH = "/api/campaigns/unsubscribe";

    @Inject
    private CampaignRepository repository;

    @Inject
    private OrganiserEdits organisers;

    @Inject
    private People people;

    @Inject
    private Mail mail;

    @Inject
    private Texts texts;

    @Inject
    private Links links;

    @Inject
    private UnsubscribeTokens tokens;

    @Inject
    private CampaignsSettings settings;

    @Inject
    private Caller caller;

    @Inject
    private PlatformClock clock;

    @Inject
    private Audit audit;

    /**
     * Sends the newsletter to every subscriber of the campaign (after the transaction commits).
     *
     * @return the newsletter as kept, with the number of people it went to
     */
    @Transactional
    public Newsletter send(Long campaignId, NewsletterDraft d) {
        Campaign c = repository.campaign(campaignId).orElseThrow(() -> new BusinessException("campaigns.campaign.unknown"));
        Person me = organisers.requireOrganiserOf(c);
        d.check();
        if (!tokens.available()) {
            // a newsletter without its unsubscribe link is not sent at all
            throw new BusinessException("error.secret-missing");
        }
        Newsletter n = new Newsletter(c.getId(), d.subject(), d.body(), me.getId(), clock.now());
        int sent = 0;
        for (Person p : people.byIds(repository.subscriberIds(c.getId())).values()) {
            if (p.isDeleted() || p.getEmail() == null) {
                continue;
            }
            mailTo(p, c, n);
            sent++;
        }
        n.sentTo(sent);
        repository.add(n);
        audit.record(caller.auditName(), "campaigns.newsletter.sent", "campaign " + c.getId(), sent + " recipients");
        return n;
    }

    /** The newsletters a campaign sent, the latest first; for its organisers only. */
    public List<Newsletter> sent(Long campaignId) {
        Campaign c = repository.campaign(campaignId).orElseThrow(() -> new BusinessException("campaigns.campaign.unknown"));
        organisers.requireOrganiserOf(c);
        return repository.newsletters(campaignId);
    }

    /**
     * Unsubscribes the holder of a token from its campaign; no log-in, and a second time changes nothing.
     *
     * @return whether the token is genuine (the person is not subscribed any longer, whatever they were)
     */
    @Transactional
    public boolean unsubscribe(String token) {
        return tokens.read(token).map(h -> {
            repository.subscription(h.campaignId(), h.personId()).ifPresent(repository::remove);
            return true;
        }).orElse(false);
    }

    private void mailTo(Person p, Campaign c, Newsletter n) {
        Locale lang = p.getLanguage() == null ? Locale.forLanguageTag("sq") : p.getLanguage();
        String link = links.absolute(UNSUBSCRIBE_PATH + "?t=" + tokens.token(c.getId(), p.getId()));
        String text = n.getBody().in(lang) + "\n\n-- \n" + text(lang, "campaigns.newsletter.footer", c.getTitle().in(lang),
                links.absolute("/campaigns/campaign.xhtml?id=" + c.getId()), link);
        Map<String, String> headers = new LinkedHashMap<>();
        String mailbox = settings.unsubscribeMailbox();
        headers.put("List-Unsubscribe", "<" + link + ">" + (mailbox.isEmpty() ? "" : ", <mailto:" + mailbox
                + "?subject=" + URLEncoder.encode("unsubscribe " + tokens.token(c.getId(), p.getId()),
                        StandardCharsets.UTF_8).replace("+", "%20") + ">"));
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("List-Id", "<campaign-" + c.getId() + ".campaigns." + host() + ">");
        mail.send(p.getEmail(), lang, n.getSubject().in(lang), text, List.of(), headers);
    }

    private String host() {
        String host = URI.create(links.absolute("/")).getHost();
        return host == null ? "rrjeti" : host;
    }

    private String text(Locale lang, String key, Object... args) {
        return texts.text(CampaignsModule.MESSAGES, CampaignsModule.class.getClassLoader(), lang, key, args);
    }
}
