package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.campaigns.application.EventDraft;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.OrganiserEdits;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.TestPorts;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code .ics} feed is kept built between changes: calendar programs revalidate it with 304, and
 * an activity added or moved is in the very next answer; it comes gzip-compressed to those who accept
 * it, and keeps the last days' activities.
 */
@ExtendWith(ArquillianExtension.class)
class CampaignsFeedIT {

    private static final String FEED = "/api/campaigns/events/feed.ics";

    @Inject
    private EventService events;

    @Inject
    private OrganiserEdits edits;

    @Inject
    private Fixtures fixtures;

    @Inject
    private Notifications notifications;

    @Inject
    private al.rrjeti.kernel.api.PlatformClock clock;

    private static final String BASE = "http://localhost:" + TestPorts.HTTP + "/" + CampaignsTestDeployment.NAME;

    private final HttpSession visitor = new HttpSession(BASE);

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
        clock.reset();
    }

    @Test
    void theFeedAnswers304UntilAnActivityIsAddedOrMovedThenShowsTheChangeAtOnce() throws Exception {
        String editor = Network.unique("editor");
        fixtures.account(editor, "Redaktore", Role.EDITOR);
        HttpResponse<String> first = visitor.get(FEED);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");

        HttpResponse<String> again = conditional("If-None-Match", etag);
        assertThat(again.statusCode()).as("nothing changed: the client keeps its copy").isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(conditional("If-Modified-Since", modified).statusCode()).isEqualTo(304);
        assertThat(conditional("If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);

        ActingUser.actAs(editor);
        LocalDateTime start = LocalDate.now().plusDays(5).atTime(10, 0);
        CampaignEvent added = events.createEvent(new EventDraft(null, "Takim për prokurimet " + System.nanoTime(), null,
                "Ftesë.", null, start, start.plusHours(2), null, "Vlorë", null, null, 20));
        ActingUser.actAs(null);
        HttpResponse<String> afterAdding = conditional("If-None-Match", etag);
        assertThat(afterAdding.statusCode()).as("an activity added: the old copy is stale").isEqualTo(200);
        assertThat(afterAdding.body()).contains("campaigns-event-" + added.getId() + "@");
        String etagAdded = afterAdding.headers().firstValue("ETag").orElseThrow();
        assertThat(etagAdded).isNotEqualTo(etag);
        assertThat(conditional("If-None-Match", etagAdded).statusCode()).isEqualTo(304);

        // A registration changes nothing the feed shows: the rebuilt feed keeps its ETag.
        String citizen = Network.unique("citizen");
        fixtures.account(citizen, "Qytetare", Role.CITIZEN);
        ActingUser.actAs(citizen);
        events.register(added.getId());
        ActingUser.actAs(null);
        assertThat(conditional("If-None-Match", etagAdded).statusCode()).as("same content, same validator").isEqualTo(304);

        ActingUser.actAs(editor);
        LocalDateTime moved = start.plusDays(1).withHour(15);
        edits.editEvent(added.getId(), new EventDraft(null, added.getTitle().getSq(), null, "Ftesë.", null, moved,
                moved.plusHours(2), null, "Vlorë", null, null, 20), null);
        ActingUser.actAs(null);
        HttpResponse<String> afterMoving = conditional("If-None-Match", etagAdded);
        assertThat(afterMoving.statusCode()).as("an activity moved").isEqualTo(200);
        String utc = moved.atZone(java.time.ZoneId.of("Europe/Tirane")).withZoneSameInstant(java.time.ZoneOffset.UTC)
                .toLocalDateTime().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        assertThat(afterMoving.body()).contains("DTSTART:" + utc + "Z");
        assertThat(afterMoving.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etagAdded);
    }

    @Test
    void aCancelledActivityStaysInTheFeedMarkedTakesNoRegistrationsAndItsPeopleAreTold() throws Exception {
        String editor = Network.unique("editor");
        fixtures.account(editor, "Redaktore", Role.EDITOR);
        String registered = Network.unique("citizen");
        fixtures.account(registered, "Qytetare", Role.CITIZEN);
        String late = Network.unique("citizen");
        fixtures.account(late, "Qytetar", Role.CITIZEN);
        ActingUser.actAs(editor);
        LocalDateTime start = LocalDate.now().plusDays(6).atTime(11, 0);
        CampaignEvent e = events.createEvent(new EventDraft(null, "Dëgjesë publike " + System.nanoTime(), null, null,
                null, start, null, null, "Korçë", null, null, null));
        ActingUser.actAs(registered);
        events.register(e.getId());
        String etag = visitor.get(FEED).headers().firstValue("ETag").orElseThrow();

        ActingUser.actAs(late);
        assertThatThrownBy(() -> edits.cancelEvent(e.getId())).as("only its organisers")
                .isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(editor);
        edits.cancelEvent(e.getId());
        assertThatThrownBy(() -> edits.cancelEvent(e.getId())).isInstanceOfSatisfying(BusinessException.class,
                ex -> assertThat(ex.messageKey()).isEqualTo("campaigns.event.cancelled"));
        ActingUser.actAs(late);
        assertThatThrownBy(() -> events.register(e.getId())).isInstanceOfSatisfying(BusinessException.class,
                ex -> assertThat(ex.messageKey()).isEqualTo("campaigns.event.cancelled"));
        ActingUser.actAs(registered);
        assertThat(notifications.mine(50)).as("the registered person is told")
                .anySatisfy(n -> {
                    assertThat(n.getLink()).endsWith("id=" + e.getId());
                    assertThat(n.getTitle()).contains("u anulua");
                });
        ActingUser.actAs(null);

        HttpResponse<String> feed = conditional("If-None-Match", etag);
        assertThat(feed.statusCode()).as("a cancellation is news to calendar programs").isEqualTo(200);
        String block = feed.body().replace("\r\n ", "");
        int at = block.indexOf("UID:campaigns-event-" + e.getId() + "@");
        assertThat(at).as("still in the feed").isPositive();
        assertThat(block.substring(block.lastIndexOf("BEGIN:VEVENT", at), block.indexOf("END:VEVENT", at)))
                .contains("STATUS:CANCELLED");
        assertThat(visitor.get("/campaigns/event.xhtml?lang=sq&id=" + e.getId()).body())
                .contains("Ky aktivitet është anuluar.");
        String day = start.toLocalDate().toString();
        assertThat(visitor.get("/api/campaigns/events?from=" + day + "&to=" + start.toLocalDate().plusDays(1)).body())
                .contains("\"id\":" + e.getId()).contains("\"cancelled\":true");
    }

    @Test
    void eachLanguageHasItsOwnFeedAndValidator() throws Exception {
        HttpResponse<String> sq = visitor.get(FEED + "?lang=sq");
        HttpResponse<String> en = new HttpSession(BASE).get(FEED + "?lang=en");
        assertThat(sq.body()).contains("//SQ");
        assertThat(en.body()).contains("//EN");
        assertThat(sq.headers().firstValue("ETag")).isNotEqualTo(en.headers().firstValue("ETag"));
    }

    @Test
    void aClientThatAcceptsGzipGetsTheSameFeedCompressedWithItsOwnValidator() throws Exception {
        HttpResponse<String> plain = visitor.get(FEED + "?lang=sq");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> zipped = gzipped(FEED + "?lang=sq", "gzip, deflate", null);
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
        String unpacked;
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            unpacked = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(zipped.body().length).as("compressed").isLessThan(plain.body().getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(withoutStamps(unpacked)).as("the same feed").isEqualTo(withoutStamps(plain.body()));
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(zippedTag).as("another representation, another validator").isNotEqualTo(plainTag);

        HttpResponse<byte[]> kept = gzipped(FEED + "?lang=sq", "gzip", zippedTag);
        assertThat(kept.statusCode()).isEqualTo(304);
        assertThat(kept.body()).isEmpty();
        HttpResponse<byte[]> refused = gzipped(FEED + "?lang=sq", "gzip;q=0, identity", null);
        assertThat(refused.headers().firstValue("Content-Encoding")).as("gzip refused").isEmpty();
        assertThat(withoutStamps(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(withoutStamps(plain.body()));
        assertThat(refused.headers().firstValue("ETag")).contains(plainTag);
    }

    @Test
    void theFeedKeepsTheLastDaysActivitiesSoSubscribedCalendarsKeepWhatJustHappened() throws Exception {
        String editor = Network.unique("editor");
        fixtures.account(editor, "Redaktore", Role.EDITOR);
        ActingUser.actAs(editor);
        LocalDateTime start = LocalDate.now().plusDays(3).atTime(10, 0);
        CampaignEvent e = events.createEvent(new EventDraft(null, "Tryezë e rrumbullakët " + System.nanoTime(), null,
                null, null, start, start.plusHours(2), null, "Shkodër", null, null, null));
        ActingUser.actAs(null);
        String uid = "UID:campaigns-event-" + e.getId() + "@";
        try {
            clock.advance(java.time.Duration.ofDays(5));
            assertThat(visitor.get(FEED).body()).as("two days after it: still in subscribers' calendars")
                    .contains(uid);
            clock.advance(java.time.Duration.ofDays(30));
            assertThat(visitor.get(FEED).body()).as("32 days after it: past the 30 days back").contains("END:VCALENDAR")
                    .doesNotContain(uid);
        } finally {
            clock.reset();
        }
        assertThat(visitor.get(FEED).body()).as("the clock back: the feed of today").contains(uid);
    }

    private static String withoutStamps(String feed) {
        return feed.replaceAll("DTSTAMP:[0-9TZ]+\r\n", "");
    }

    private static HttpResponse<byte[]> gzipped(String path, String acceptEncoding, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept-Encoding",
                acceptEncoding);
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return HttpSession.newClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> conditional(String header, String value) throws Exception {
        return new HttpSession(BASE).send(HttpRequest.newBuilder(URI.create(BASE + FEED))
                .header(header, value));
    }
}
