package al.rrjeti.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.forum.application.CategoryService;
import al.rrjeti.forum.application.ForumModeration;
import al.rrjeti.forum.application.ForumPosting;
import al.rrjeti.forum.application.ForumPosting.NewThread;
import al.rrjeti.forum.application.ForumPosting.Reply;
import al.rrjeti.forum.application.ForumReading;
import al.rrjeti.forum.application.ForumReading.PostView;
import al.rrjeti.forum.application.RequestDeadlines;
import al.rrjeti.forum.domain.Category;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.forum.domain.ThreadKind;
import al.rrjeti.forum.domain.Visibility;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.api.calendar.WorkingCalendar;
import al.rrjeti.kernel.files.FileStore;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.organisation.Organisation;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.api.limits.RateLimitedException;
import al.rrjeti.kernel.organisation.OrganisationDetails;
import al.rrjeti.kernel.organisation.OrganisationRegistration;
import al.rrjeti.kernel.search.SearchIndex;
import al.rrjeti.kernel.search.SearchResults;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.TestPorts;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The forum's services on a real server: every rule checked in the services, whoever calls. */
@ExtendWith(ArquillianExtension.class)
class ForumIT {

    private static final Locale SQ = Locale.forLanguageTag("sq");

    @Inject
    private ForumPosting posting;

    @Inject
    private ForumReading reading;

    @Inject
    private al.rrjeti.forum.application.Mentions mentions;

    @Inject
    private ForumModeration moderation;

    @Inject
    private CategoryService categories;

    @Inject
    private RequestDeadlines deadlines;

    @Inject
    private WorkingCalendar calendar;

    @Inject
    private Fixtures fixtures;

    @Inject
    private PlatformClock clock;

    @Inject
    private Notifications notifications;

    @Inject
    private AuditLog audit;

    @Inject
    private SearchIndex search;

    @Inject
    private StoredFiles files;

    @Inject
    private Texts texts;

    @Inject
    private OrganisationRegistration organisationRegistration;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
        clock.reset();
    }

    private static String unique(String who) {
        return who + "." + Long.toString(System.nanoTime(), 36) + "@example.al";
    }

    private Category category(String code) {
        return categories.of(code.startsWith("network") ? Space.NETWORK : Space.PUBLIC).stream()
                .filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    private String moderator() {
        String email = unique("moderator");
        fixtures.account(email, "Moderatore", Role.MODERATOR);
        return email;
    }

    /** A citizen whose first post a moderator has already let through, so that later posts go out at once. */
    private String trustedCitizen() {
        String email = unique("citizen");
        fixtures.account(email, "Qytetar " + email.substring(8, 14), Role.CITIZEN);
        ActingUser.actAs(email);
        ForumThread first = posting.start(new NewThread(category("public-opinions").getId(), ThreadKind.OPINION,
                "Përshëndetje nga një qytetar", "Mirëdita të gjithëve.", null, null, List.of()));
        Post post = reading.thread(first.getId(), 0, SQ).posts().get(0).post();
        ActingUser.actAs(moderator());
        moderation.approve(post.getId());
        ActingUser.actAs(email);
        later();
        return email;
    }

    /** Past the pause between two posts of one account. */
    private void later() {
        clock.advance(Duration.ofSeconds(30));
    }

    private ForumThread ask(String citizen, String title, String body) {
        ActingUser.actAs(citizen);
        ForumThread t = posting.start(new NewThread(category("public-reporting").getId(), ThreadKind.QUESTION, title,
                body, null, null, List.of()));
        later();
        return t;
    }

    @Test
    void anInstitutionAnswersOfficiallyAndTheAskerAcceptsTheAnswer() {
        String citizen = trustedCitizen();
        String rep = unique("inst-rep");
        Organisation inst = fixtures.verifiedOrganisation(OrganisationType.INSTITUTION, "Inspektorati " + rep, rep);
        ForumThread q = ask(citizen, "Si ta denoncoj një kërkesë për ryshfet?", "Një zyrtar më kërkoi para.");
        assertThat(q.getStatus()).isEqualTo(Visibility.VISIBLE);
        long unread = notifications.unreadCount();

        ActingUser.actAs(rep);
        assertThat(posting.officialOrganisations()).extracting(al.rrjeti.kernel.api.OrganisationRef::getId).containsExactly(inst.getId());
        Post answer = posting.reply(new Reply(q.getId(), "Denoncojeni në ILDKPKI ose në SPAK.", null, null,
                inst.getId(), List.of()));
        assertThat(answer.isOfficial()).isTrue();

        ActingUser.actAs(citizen);
        ForumReading.ThreadPage page = reading.thread(q.getId(), 0, SQ);
        assertThat(page.thread().isAnswered()).isTrue();
        PostView official = page.posts().get(1);
        assertThat(official.official().getName()).isEqualTo(inst.getName());
        assertThat(notifications.unreadCount()).as("the asker hears of the official answer").isEqualTo(unread + 1);

        String other = unique("other");
        fixtures.account(other, "Tjetri", Role.CITIZEN);
        ActingUser.actAs(other);
        assertThatThrownBy(() -> posting.accept(q.getId(), answer.getId())).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(citizen);
        Long firstPost = page.posts().get(0).post().getId();
        assertThatThrownBy(() -> posting.accept(q.getId(), firstPost)).isInstanceOf(BusinessException.class);
        posting.accept(q.getId(), answer.getId());
        assertThat(reading.thread(q.getId(), 0, SQ).posts().get(1).accepted()).isTrue();

        ActingUser.actAs(other);
        assertThatThrownBy(() -> posting.reply(new Reply(q.getId(), "Edhe unë si institucion.", null, null,
                inst.getId(), List.of()))).as("only its members answer for an organisation")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void requestDeadlinesCountTheKernelCalendarWithItsKeysAndTheForumsFormerOne() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 6, 10))).as("rrjeti.forum.holidays").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 6, 11))).as("rrjeti.calendar.days-off").isFalse();
        // Monday 9 June 2031 at noon in Tirana: the two days off push the tenth working day to 25 June.
        assertThat(posting.deadlineFor(java.time.ZonedDateTime.of(2031, 6, 9, 12, 0, 0, 0,
                java.time.ZoneId.of("Europe/Tirane")).toInstant())).isEqualTo(LocalDate.of(2031, 6, 25));
        // From Thursday 19 March 2026: Bajrami i Madh (Friday), Nevruz's Monday and Easter Monday do not count.
        assertThat(posting.deadlineFor(java.time.ZonedDateTime.of(2026, 3, 19, 12, 0, 0, 0,
                java.time.ZoneId.of("Europe/Tirane")).toInstant())).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void anInformationRequestHasAWorkingDayDeadlineRemindersAndAPublicOverdueList() {
        String citizen = trustedCitizen();
        String rep = unique("req-rep");
        Organisation inst = fixtures.verifiedOrganisation(OrganisationType.INSTITUTION, "Bashkia " + rep, rep);
        ActingUser.actAs(citizen);
        assertThatThrownBy(() -> posting.start(new NewThread(category("public-information-requests").getId(),
                ThreadKind.INFORMATION_REQUEST, "Kërkesë pa adresë", "Tekst", null, null, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).contains("addressee"));
        LocalDate today = deadlines.today();
        ForumThread r = posting.start(new NewThread(category("public-information-requests").getId(),
                ThreadKind.INFORMATION_REQUEST, "Sa kontrata u lidhën me procedurë me negocim?", "Për vitin 2025.",
                null, inst.getId(), List.of()));
        assertThat(r.getDeadline()).isEqualTo(calendar.addWorkingDays(today, 10));
        assertThat(r.getDeadline()).isAfterOrEqualTo(today.plusDays(14));
        assertThat(deadlines.open()).extracting(o -> o.thread().getId()).contains(r.getId());

        ActingUser.actAs(rep);
        long unread = notifications.unreadCount();
        assertThat(unread).as("the addressee heard of the request").isPositive();
        ActingUser.actAs(null);
        int daysToNearDeadline = (int) java.time.temporal.ChronoUnit.DAYS.between(today, r.getDeadline()) - 2;
        clock.advance(Duration.ofDays(daysToNearDeadline));
        try {
            assertThat(deadlines.remind()).isPositive();
            assertThat(deadlines.remind()).as("one reminder per request").isZero();
            ActingUser.actAs(rep);
            assertThat(notifications.unreadCount()).isEqualTo(unread + 1);

            clock.advance(Duration.ofDays(5));
            assertThat(deadlines.overdueByOrganisation()).anySatisfy(o -> {
                assertThat(o.organisation().getId()).isEqualTo(inst.getId());
                assertThat(o.requests()).extracting(x -> x.thread().getId()).contains(r.getId());
            });
            ActingUser.actAs(rep);
            posting.reply(new Reply(r.getId(), "Dy kontrata, sipas regjistrit të prokurimeve.", null, null,
                    inst.getId(), List.of()));
            assertThat(deadlines.open()).extracting(o -> o.thread().getId()).doesNotContain(r.getId());
            assertThat(deadlines.overdueByOrganisation()).noneSatisfy(o ->
                    assertThat(o.requests()).extracting(x -> x.thread().getId()).contains(r.getId()));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aPseudonymHidesTheAccountFromAllButModerators() {
        String citizen = trustedCitizen();
        ForumThread t = posting.start(new NewThread(category("public-reporting").getId(), ThreadKind.QUESTION,
                "Pyetje nga dikush që ka frikë", "A mbrohem nëse denoncoj eprorin?", "Zogu i natës", null, List.of()));
        ActingUser.actAs(null);
        PostView first = reading.thread(t.getId(), 0, SQ).posts().get(0);
        assertThat(first.author()).isEqualTo("Zogu i natës");
        assertThat(first.pseudonymous()).isTrue();
        assertThat(reading.latest(Space.PUBLIC, 0, 50, SQ)).filteredOn(s -> s.thread().getId().equals(t.getId()))
                .extracting(ForumReading.ThreadSummary::author).containsExactly("Zogu i natës");

        ActingUser.actAs(citizen);
        assertThatThrownBy(() -> moderation.author(first.post().getId())).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(moderator());
        assertThat(moderation.author(first.post().getId()).getEmail()).isEqualTo(citizen);
        assertThat(audit.search(null, "forum.pseudonym.revealed", null, null, 1000))
                .extracting(e -> e.getSubject()).contains("post " + first.post().getId());

        String rep = unique("cso-rep");
        fixtures.verifiedOrganisation(OrganisationType.CSO, "Shoqata " + rep, rep);
        ActingUser.actAs(rep);
        assertThatThrownBy(() -> posting.reply(new Reply(t.getId(), "Po.", null, "Anonim", null, List.of())))
                .as("pseudonyms are for citizens").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theNetworkForumIsForMembersOnlyAndSoAreItsSearchResults() {
        String rep = unique("net-rep");
        fixtures.verifiedOrganisation(OrganisationType.CSO, "Qendra " + rep, rep);
        String word = "rrjetfshehte" + Long.toString(System.nanoTime(), 36);
        ActingUser.actAs(rep);
        Category network = category("network-joint-actions");
        ForumThread t = posting.start(new NewThread(network.getId(), ThreadKind.DISCUSSION,
                "Qëndrim i përbashkët për ligjin e prokurimeve", "Propozoj " + word, null, null, List.of()));
        assertThat(t.getStatus()).isEqualTo(Visibility.VISIBLE);
        assertThat(titles(word)).contains(t.getTitle());

        String citizen = unique("outsider");
        fixtures.account(citizen, "Jashtë rrjetit", Role.CITIZEN);
        for (String who : new String[] {citizen, null}) {
            ActingUser.actAs(who);
            assertThatThrownBy(() -> reading.category(network.getId(), 0, SQ)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reading.thread(t.getId(), 0, SQ)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reading.overview(Space.NETWORK, SQ)).isInstanceOf(AccessDeniedException.class);
            assertThat(titles(word)).isEmpty();
        }
        ActingUser.actAs(citizen);
        assertThatThrownBy(() -> posting.reply(new Reply(t.getId(), "Unë?", null, null, null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> posting.start(new NewThread(network.getId(), ThreadKind.DISCUSSION, "Temë e imja",
                "Tekst", null, null, List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> posting.followThread(t.getId(), true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFirstPostOfANewCitizenWaitsForAModerator() {
        String citizen = unique("newcomer");
        fixtures.account(citizen, "I ri", Role.CITIZEN);
        ActingUser.actAs(citizen);
        ForumThread t = posting.start(new NewThread(category("public-opinions").getId(), ThreadKind.OPINION,
                "Mendimi im i parë për masat", "Duhet më shumë transparencë.", null, null, List.of()));
        assertThat(t.getStatus()).isEqualTo(Visibility.PENDING);
        assertThat(reading.thread(t.getId(), 0, SQ).posts()).as("its author sees it").hasSize(1);
        Long opinions = category("public-opinions").getId();
        assertThat(reading.category(opinions, 0, SQ).unlisted()).as("its author finds it, apart, in the category")
                .extracting(s -> s.thread().getId()).containsExactly(t.getId());
        assertThat(reading.category(opinions, 0, SQ).threads()).extracting(s -> s.thread().getId())
                .doesNotContain(t.getId());
        ActingUser.actAs(trustedCitizen());
        assertThat(reading.category(opinions, 0, SQ).unlisted()).as("nobody else's held threads")
                .extracting(s -> s.thread().getId()).doesNotContain(t.getId());
        ActingUser.actAs(null);
        assertThatThrownBy(() -> reading.thread(t.getId(), 0, SQ)).isInstanceOf(BusinessException.class);
        assertThat(reading.latest(Space.PUBLIC, 0, 100, SQ)).extracting(s -> s.thread().getId()).doesNotContain(t.getId());
        assertThat(reading.category(opinions, 0, SQ).unlisted()).isEmpty();

        ActingUser.actAs(moderator());
        assertThat(reading.category(opinions, 0, SQ).unlisted()).as("moderators see every held thread")
                .extracting(s -> s.thread().getId()).contains(t.getId());
        assertThat(moderation.held()).extracting(Post::getThreadId).contains(t.getId());
        Long postId = moderation.held().stream().filter(p -> p.getThreadId().equals(t.getId())).findFirst()
                .orElseThrow().getId();
        long listed = reading.category(opinions, 0, SQ).total();
        moderation.approve(postId);
        ActingUser.actAs(null);
        assertThat(reading.thread(t.getId(), 0, SQ).thread().isVisible()).isTrue();
        assertThat(reading.category(opinions, 0, SQ).total()).as("listed once let through").isEqualTo(listed + 1);
        assertThat(reading.category(opinions, 0, SQ).unlisted()).isEmpty();
    }

    @Test
    void moderatorsHideShowLockPinAndMoveAndTheAuthorIsTold() {
        String citizen = trustedCitizen();
        ForumThread q = ask(citizen, "Pyetje për moderim " + citizen, "Teksti i parë.");
        String writer = trustedCitizen();
        Post reply = posting.reply(new Reply(q.getId(), "Një përgjigje fyese.", null, null, null, List.of()));
        long writerUnread = notifications.unreadCount();

        ActingUser.actAs(citizen);
        moderation.report(reply.getId(), "Fyen pyetësin.");
        assertThatThrownBy(() -> moderation.report(reply.getId(), "Përsëri e njëjta gjë."))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> moderation.hide(reply.getId(), "Nuk lejohet")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.lock(q.getId(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(moderation::openReports).isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(moderator());
        assertThat(moderation.openReports()).extracting(r -> r.getPostId()).contains(reply.getId());
        assertThatThrownBy(() -> moderation.hide(reply.getId(), "")).isInstanceOf(InvalidInputException.class);
        moderation.hide(reply.getId(), "Gjuhë fyese ndaj një anëtari.");
        assertThat(moderation.openReports()).extracting(r -> r.getPostId()).doesNotContain(reply.getId());

        ActingUser.actAs(writer);
        assertThat(notifications.unreadCount()).as("the author is told").isEqualTo(writerUnread + 1);
        assertThat(notifications.mine(1).get(0).getBody()).contains("Gjuhë fyese");
        ActingUser.actAs(null);
        ForumReading.ThreadPage page = reading.thread(q.getId(), 0, SQ);
        assertThat(page.thread().getReplyCount()).isZero();
        PostView hidden = page.posts().get(1);
        assertThat(hidden.shown()).isFalse();

        ActingUser.actAs(moderator());
        moderation.unhide(reply.getId());
        moderation.lock(q.getId(), true);
        moderation.pin(q.getId(), true);
        ActingUser.actAs(citizen);
        assertThatThrownBy(() -> posting.reply(new Reply(q.getId(), "A mund të shtoj diçka?", null, null, null,
                List.of()))).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("forum.thread.locked"));
        ActingUser.actAs(null);
        assertThat(reading.category(category("public-reporting").getId(), 0, SQ).threads().get(0).thread().getId())
                .as("pinned first").isEqualTo(q.getId());

        ActingUser.actAs(moderator());
        moderation.move(q.getId(), category("public-opinions").getId());
        assertThat(reading.thread(q.getId(), 0, SQ).category().getCode()).isEqualTo("public-opinions");
        assertThatThrownBy(() -> moderation.move(q.getId(), category("network-priorities").getId()))
                .isInstanceOf(BusinessException.class);
        moderation.pin(q.getId(), false);
    }

    @Test
    void editsKeepTheirHistoryForModerators() {
        String citizen = trustedCitizen();
        ForumThread q = ask(citizen, "Pyetje që do ta ndryshoj", "Versioni i parë.");
        Long postId = reading.thread(q.getId(), 0, SQ).posts().get(0).post().getId();
        posting.edit(postId, "Versioni i dytë, më i qartë.");
        assertThat(reading.thread(q.getId(), 0, SQ).posts().get(0).post().getBodyHtml()).contains("Versioni i dytë");
        assertThatThrownBy(() -> moderation.history(postId)).isInstanceOf(AccessDeniedException.class);
        String other = unique("not-author");
        fixtures.account(other, "Tjetër", Role.CITIZEN);
        ActingUser.actAs(other);
        assertThatThrownBy(() -> posting.edit(postId, "Ndryshim i huaj")).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(moderator());
        assertThat(moderation.history(postId)).extracting(r -> r.getBody()).containsExactly("Versioni i parë.");
    }

    /**
     * The thread page keeps each post's rendering and reuses it: a reader must still see every change
     * at once — an edit, an acceptance, a renamed author, a hidden post.
     */
    @Test
    void theThreadPageShowsEveryChangeAtOnce() throws Exception {
        String asker = trustedCitizen();
        ForumThread q = ask(asker, "Pyetje për faqen e temës", "Teksti i parë i pyetjes.");
        Long first = reading.thread(q.getId(), 0, SQ).posts().get(0).post().getId();
        String replier = trustedCitizen();
        Post answer = posting.reply(new Reply(q.getId(), "Një përgjigje e dobishme.", null, null, null, List.of()));
        later();
        Post noise = posting.reply(new Reply(q.getId(), "Një postim që do fshihet.", null, null, null, List.of()));
        HttpSession visitor = new HttpSession("http://localhost:" + TestPorts.HTTP + "/" + ForumTestDeployment.NAME);
        String page = "/forum/thread.xhtml?id=" + q.getId() + "&lang=sq";
        ActingUser.actAs(null); // the page is read by a visitor
        for (int i = 0; i < 2; i++) {
            assertThat(visitor.get(page).body()).contains("Teksti i parë i pyetjes.")
                    .contains("Një përgjigje e dobishme.").contains("Një postim që do fshihet.")
                    .doesNotContain("Përgjigje e pranuar");
        }

        ActingUser.actAs(asker);
        later();
        posting.edit(first, "Teksti i ndryshuar i pyetjes.");
        posting.accept(q.getId(), answer.getId());
        ActingUser.actAs(replier);
        String renamed = "Emër i ri " + Long.toString(System.nanoTime(), 36);
        profiles.updateProfile(renamed, SQ);
        ActingUser.actAs(moderator());
        moderation.hide(noise.getId(), "Jashtë teme");

        ActingUser.actAs(null);
        String html = visitor.get(page).body();
        assertThat(html).contains("Teksti i ndryshuar i pyetjes.").doesNotContain("Teksti i parë i pyetjes.")
                .contains("Përgjigje e pranuar").contains(renamed).contains("Një moderator e fshehu këtë postim.")
                .doesNotContain("Një postim që do fshihet.");
    }

    @Test
    void mentionSuggestionsOfferOnlyWhatTheWriterMayAlreadySee() {
        String rep = unique("mention-rep");
        String tag = Long.toString(System.nanoTime(), 36);
        Organisation inst = fixtures.verifiedOrganisation(OrganisationType.INSTITUTION, "Agjencia Çështjesh " + tag, rep);
        String asker = trustedCitizen();
        ForumThread q = ask(asker, "Pyetje me përmendje", "Kush përgjigjet?");
        String hidden = trustedCitizen();
        later();
        posting.reply(new Reply(q.getId(), "Me pseudonim.", null, "Anonim" + tag.substring(0, 3), null, List.of()));
        String askerName = accounts.byEmail(asker).orElseThrow().getDisplayName();

        ActingUser.actAs(trustedCitizen());
        String token = "@[" + inst.getName() + "](org:" + inst.getId() + ")";
        assertThat(mentions.suggest("@" + tag, q.getId(), SQ)).as("organisations by any part of the name")
                .containsExactly(token);
        assertThat(mentions.suggest("@ceshtjesh " + tag, q.getId(), SQ)).as("accents and case do not matter")
                .containsExactly(token);
        String word = askerName.substring(askerName.indexOf(' ') + 1);
        assertThat(mentions.suggest("@" + word, q.getId(), SQ)).as("people who wrote in the thread")
                .containsExactly("@[" + askerName + "](user:" + accountId(asker) + ")");
        assertThat(mentions.suggest("@" + word, null, SQ)).as("no thread, no people").isEmpty();
        assertThat(mentions.suggest("@Anonim", q.getId(), SQ)).as("a pseudonym is never linked to its account")
                .isEmpty();
        String hiddenName = accounts.byEmail(hidden).orElseThrow().getDisplayName();
        assertThat(mentions.suggest("@" + hiddenName.substring(hiddenName.indexOf(' ') + 1), q.getId(), SQ))
                .as("who wrote only under a pseudonym is not offered")
                .noneMatch(m -> m.contains("(user:" + accountId(hidden) + ")"));
        assertThat(mentions.suggest("@a", q.getId(), SQ)).as("too short").isEmpty();
        assertThat(mentions.suggest("pa @", q.getId(), SQ)).isEmpty();

        String moderator = moderator();
        ActingUser.actAs(moderator);
        ForumThread network = posting.start(new NewThread(category("network-priorities").getId(), ThreadKind.DISCUSSION,
                "Diskutim i rrjetit " + tag, "Vetëm për anëtarët.", null, null, List.of()));
        assertThat(mentions.suggest("@Moderator", network.getId(), SQ)).as("members see the network thread's people")
                .contains("@[Moderatore](user:" + accountId(moderator) + ")");
        ActingUser.actAs(asker);
        assertThat(mentions.suggest("@Moderator", network.getId(), SQ))
                .as("a network thread's people are not offered to those who cannot read it")
                .noneMatch(m -> m.contains("(user:"));
    }

    @Test
    void quotesMentionsAndFollowersAreHonoured() {
        String asker = trustedCitizen();
        ForumThread q = ask(asker, "Pyetje me citim", "Teksti që do citohet.");
        Long first = reading.thread(q.getId(), 0, SQ).posts().get(0).post().getId();
        ForumThread elsewhere = ask(asker, "Një pyetje tjetër", "Tjetër.");
        Long foreign = reading.thread(elsewhere.getId(), 0, SQ).posts().get(0).post().getId();

        String mentioned = trustedCitizen();
        Long mentionedId = accountId(mentioned);
        ActingUser.actAs(asker);
        long askerUnread = notifications.unreadCount();
        ActingUser.actAs(mentioned);
        long mentionedUnread = notifications.unreadCount();

        String writer = trustedCitizen();
        assertThatThrownBy(() -> posting.reply(new Reply(q.getId(), "Citim i huaj", foreign, null, null, List.of())))
                .isInstanceOf(InvalidInputException.class);
        Post reply = posting.reply(new Reply(q.getId(), "> Teksti që do citohet.\n\nPo, @[Dikush tjetër](user:"
                + mentionedId + ") e di.", first, null, null, List.of()));
        PostView view = reading.thread(q.getId(), 0, SQ).posts().get(1);
        assertThat(view.quotedNumber()).isEqualTo(1);
        assertThat(reply.getBodyHtml()).contains("<blockquote>").contains("<strong>&#64;Qytetar")
                .doesNotContain("Dikush tjetër");

        ActingUser.actAs(asker);
        assertThat(notifications.unreadCount()).as("the asker follows their thread").isEqualTo(askerUnread + 1);
        ActingUser.actAs(mentioned);
        assertThat(notifications.unreadCount()).as("the mentioned person hears of it").isEqualTo(mentionedUnread + 1);
        posting.followThread(q.getId(), true);
        assertThat(posting.follows(q.getId(), null)).isTrue();
        posting.followThread(q.getId(), false);
        assertThat(posting.follows(q.getId(), null)).isFalse();
    }

    @Test
    void badInputIsRefusedClearlyAndScriptIsInert() {
        String citizen = trustedCitizen();
        ForumThread q = ask(citizen, "Skript <script>alert(1)</script>",
                "<script>alert('x')</script> [kliko](javascript:alert(1)) <img src=x onerror=alert(1)> **e [pambyllur");
        Post first = reading.thread(q.getId(), 0, SQ).posts().get(0).post();
        assertThat(first.getBodyHtml()).as("markup written by the poster is shown as text, never run")
                .doesNotContain("<script").doesNotContain("href=\"javascript").doesNotContain("<img")
                .contains("&lt;script&gt;").contains("e [pambyllur");
        assertThat(q.getTitle()).contains("<script>"); // a title is text; pages escape it

        List<String[]> cases = List.of(new String[] {"", "Tekst"}, new String[] {"Titull i mirë", " "},
                new String[] {"Titull i mirë", "x".repeat(20_001)});
        for (String[] c : cases) {
            assertThatThrownBy(() -> posting.start(new NewThread(category("public-opinions").getId(),
                    ThreadKind.OPINION, c[0], c[1], null, null, List.of()))).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> posting.start(new NewThread(category("public-opinions").getId(),
                ThreadKind.DISCUSSION, "Diskutim në forumin publik", "Tekst", null, null, List.of())))
                .as("discussions belong to the network").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> posting.reply(new Reply(q.getId(), "Shumë e madhe", null, null, null,
                List.of(new Upload(new ByteArrayInputStream(new byte[2 * 1024 * 1024]), "e-madhe.pdf")))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.too-large"));
        assertThatThrownBy(() -> posting.reply(new Reply(q.getId(), "Program", null, null, null,
                List.of(new Upload(new ByteArrayInputStream("MZ\u0090\u0000binary".getBytes(StandardCharsets.ISO_8859_1)),
                        "raport.pdf"))))).isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("file.type"));
        assertThat(reading.thread(q.getId(), 0, SQ).posts()).as("nothing half-saved").hasSize(1);
    }

    @Test
    void postingTooFastIsRefusedSayingWhenToTryAgain() {
        String citizen = trustedCitizen();
        ForumThread q = ask(citizen, "Pyetje për shpejtësinë", "Tekst.");
        posting.reply(new Reply(q.getId(), "Përgjigja e parë.", null, null, null, List.of()));
        Reply second = new Reply(q.getId(), "Përgjigja e dytë menjëherë.", null, null, null, List.of());
        assertThatThrownBy(() -> posting.reply(second)).as("a refusal of its own kind, not a field left wrong")
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e).isNotInstanceOf(InvalidInputException.class);
                    assertThat(e.messageKey()).isEqualTo("forum.too-fast");
                    assertThat(e.waitLeft()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(20));
                    assertThat(texts.text("al.rrjeti.forum.messages", ForumPosting.class.getClassLoader(), SQ,
                            e.messageKey(), texts.kernel(SQ, "wait.seconds", 20)))
                            .isEqualTo("Po postoni shumë shpejt. Provoni përsëri pas 20 sekondash; "
                                    + "teksti juaj është ende këtu.");
                });
        later();
        assertThat(posting.reply(second).getBody()).isEqualTo("Përgjigja e dytë menjëherë.");
    }

    @Test
    void aHeldPostIsToldTheTruthWhicheverPostItIs() {
        String citizen = unique("newcomer");
        fixtures.account(citizen, "E re", Role.CITIZEN);
        ActingUser.actAs(citizen);
        ForumThread first = posting.start(new NewThread(category("public-opinions").getId(), ThreadKind.OPINION,
                "Mendimi im i parë", "Tekst i parë.", null, null, List.of()));
        assertThat(first.getStatus()).isEqualTo(Visibility.PENDING);
        assertThat(posting.heldNotice()).extracting(ForumPosting.Notice::key, ForumPosting.Notice::arguments)
                .containsExactly("forum.post.held", List.of(1));
        later();
        ForumThread second = posting.start(new NewThread(category("public-opinions").getId(), ThreadKind.OPINION,
                "Mendimi im i dytë", "Tekst i dytë.", null, null, List.of()));
        assertThat(second.getStatus()).as("the first is not approved yet").isEqualTo(Visibility.PENDING);
        ForumPosting.Notice notice = posting.heldNotice();
        assertThat(notice.key()).isEqualTo("forum.post.held.more");
        assertThat(texts.text("al.rrjeti.forum.messages", ForumPosting.class.getClassLoader(), SQ, notice.key(),
                notice.arguments().toArray())).as("not \"your first post\": it says this one waits like the earlier")
                .contains("Edhe ky postim pret një moderator").contains("postimi që dërguat më parë")
                .doesNotContain("të parë");
    }

    @Test
    void aMentionShowsOnlyANameEveryReaderMaySeeAlready() {
        String tag = Long.toString(System.nanoTime(), 36);
        String founder = unique("pending-org");
        fixtures.account(founder, "Themelues", Role.CITIZEN);
        ActingUser.actAs(founder);
        Organisation unverified = organisationRegistration.register(new OrganisationDetails(OrganisationType.CSO,
                "Shoqata e Paverifikuar " + tag, "N" + tag.toUpperCase(Locale.ROOT), "Tiranë", null, "info@example.al",
                "Përshkrim", "Description"), null, new Upload(new ByteArrayInputStream(Fixtures.pdf()), "ekstrakt.pdf"));
        String staff = unique("silent");
        fixtures.account(staff, "Stafi i Heshtur " + tag, Role.MODERATOR);
        Organisation verified = fixtures.verifiedOrganisation(OrganisationType.CSO, "Shoqata Alfa " + tag,
                unique("verified-rep"));
        String writer = trustedCitizen();
        String writerName = accounts.byEmail(writer).orElseThrow().getDisplayName();

        ForumThread q = ask(trustedCitizen(), "Pyetje me përmendje " + tag, "@[y](org:" + unverified.getId()
                + ") @[x](user:" + accountId(staff) + ") @[v](org:" + verified.getId() + ") @[w](user:"
                + accountId(writer) + ")");
        String html = reading.thread(q.getId(), 0, SQ).posts().get(0).post().getBodyHtml();
        assertThat(html).as("an unverified organisation's name is not revealed").doesNotContain("Paverifikuar")
                .as("nor the name of an account that never wrote under it").doesNotContain("Heshtur")
                .as("a verified organisation is named and linked").contains("Shoqata Alfa " + tag)
                .contains("/organisations/view.xhtml?id&#61;" + verified.getId())
                .as("a person who writes under their name is named").contains(writerName);
    }

    @Test
    void photosLoseTheirLocationBeforeTheyAreStored() throws Exception {
        String citizen = trustedCitizen();
        ForumThread q = ask(citizen, "Foto nga zyra", "Shihni foton.");
        Post post = posting.reply(new Reply(q.getId(), "Ja fotoja.", null, null, null,
                List.of(new Upload(new ByteArrayInputStream(Fixtures.jpegWithGps()), "foto.jpg"))));
        PostView view = reading.thread(q.getId(), 0, SQ).posts().stream()
                .filter(p -> p.post().getId().equals(post.getId())).findFirst().orElseThrow();
        assertThat(view.files()).hasSize(1);
        try (InputStream in = files.open(view.files().get(0))) {
            String stored = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(stored).doesNotContain("GPSLatitude").doesNotContain("Exif");
        }
    }

    private List<String> titles(String query) {
        SearchResults r = search.search(query, SQ);
        return r.groups().stream().flatMap(g -> g.hits().stream()).map(SearchResults.Hit::title).toList();
    }

    @Inject
    private al.rrjeti.kernel.security.Accounts accounts;

    @Inject
    private al.rrjeti.kernel.account.AccountSettings profiles;

    private Long accountId(String email) {
        return accounts.byEmail(email).orElseThrow().getId();
    }

    @Inject
    private al.rrjeti.kernel.organisation.OrganisationRegistration registrations;

    @Inject
    private al.rrjeti.kernel.organisation.OrganisationVerification verifications;

    @Test
    void anOfficialAnswerIsNeverGivenUnderAPseudonym() {
        String rep = unique("citizen-rep"); // a citizen (who may use a pseudonym) representing an institution
        fixtures.account(rep, "Qytetare Përfaqësuese", Role.CITIZEN);
        ActingUser.actAs(rep);
        Organisation inst = registrations.register(new al.rrjeti.kernel.organisation.OrganisationDetails(
                OrganisationType.INSTITUTION, "Agjencia " + rep, "A" + System.nanoTime(), "Tiranë", null,
                "info@example.al", "Përshkrim.", "Description."), null,
                new Upload(new ByteArrayInputStream(al.rrjeti.kernel.testing.Fixtures.pdf()), "ekstrakt.pdf"));
        ActingUser.actAs(moderator());
        verifications.verify(inst.getId());
        ForumThread q = ask(trustedCitizen(), "Pyetje për agjencinë " + rep, "A mund të më përgjigjeni?");

        ActingUser.actAs(rep);
        assertThat(posting.officialOrganisations()).extracting(al.rrjeti.kernel.api.OrganisationRef::getId).containsExactly(inst.getId());
        assertThatThrownBy(() -> posting.reply(new Reply(q.getId(), "Përgjigje zyrtare.", null, "Zyrtari", inst.getId(),
                List.of()))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("pseudonym"));
        assertThat(reading.thread(q.getId(), 0, SQ).posts()).as("nothing was posted").hasSize(1);
        later();
        Post answer = posting.reply(new Reply(q.getId(), "Përgjigje zyrtare.", null, null, inst.getId(), List.of()));
        assertThat(answer.isOfficial()).isTrue();
        assertThat(answer.getPseudonym()).isNull();
    }
}
