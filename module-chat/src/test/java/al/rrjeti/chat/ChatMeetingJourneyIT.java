package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Accessibility;
import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.Journeys;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A member plans a meeting in New York's time from a browser in Tokyo: the meeting's page shows the
 * start in the platform's zone, in the meeting's, and adds the reader's own; a reader in Tirana gets
 * nothing added. The meeting's page passes an axe-core scan in sq and en.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside other journeys: see SideBySide
class ChatMeetingJourneyIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final DateTimeFormatter SQ = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

    @ArquillianResource
    private URL app;

    @Test
    void aMeetingShowsInThePlatformsTheMeetingsAndTheReadersZone() {
        String organiser = Journeys.accountWithRole(app, "cso_member", "chat-meeting." + RUN + "@example.al");
        LocalDate day = LocalDate.now(ZoneId.of("America/New_York")).plusDays(30);
        ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(15, 30), ZoneId.of("America/New_York"));
        String title = "Takim zonash " + RUN;
        try (Browser browser = new Browser(app)) {
            zone(browser, "Asia/Tokyo");
            Journeys.logIn(browser, organiser, Journeys.PASSWORD);
            browser.open("/chat/");
            browser.driver().executeScript("document.getElementById('meeting').closest('details').open = true;"
                    + "document.getElementById('meeting:date').value = arguments[0];"
                    + "document.getElementById('meeting:time').value = '15:30';", day.toString());
            browser.find("input[id='meeting:title']").sendKeys(title);
            browser.find("input[id='meeting:zone']").sendKeys("America/New_York");
            browser.submit("button[id='meeting:schedule']");
            WebElement link;
            try {
                link = browser.await(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(
                        "#meeting-list a")).stream().filter(a -> a.getText().contains(title)).findFirst().orElse(null));
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("chat-meeting-planned");
                throw new AssertionError("the planned meeting is not listed at " + browser.driver().getCurrentUrl() + ": "
                        + browser.text("main"), e);
            }
            String meetingPage = link.getAttribute("href");

            browser.driver().get(meetingPage);
            WebElement local = browser.waitFor("#when .rr-chat__local");
            String when = browser.text("#when");
            assertThat(when).as("the platform's zone")
                    .contains(SQ.format(start.withZoneSameInstant(ZoneId.of("Europe/Tirane"))))
                    .as("the meeting's zone").contains(day + " 15:30 America/New_York");
            assertThat(local.getText()).as("the reader's zone, in Albanian")
                    .isEqualTo("· Koha juaj: " + SQ.format(start.withZoneSameInstant(ZoneId.of("Asia/Tokyo"))) + " (Asia/Tokyo)");
            Accessibility.assertNoSeriousViolations(browser.driver());

            browser.driver().get(meetingPage + "&lang=en");
            assertThat(browser.waitFor("#when .rr-chat__local").getText()).as("the reader's zone, in English")
                    .startsWith("· Your time: ").endsWith("(Asia/Tokyo)");
            Accessibility.assertNoSeriousViolations(browser.driver());

            browser.open("/chat/meetings.xhtml?view=list");
            assertThat(browser.driver().findElements(By.cssSelector("#upcoming time.rr-chat__when .rr-chat__local")))
                    .as("the calendar's list adds it too").isNotEmpty();

            zone(browser, "Europe/Tirane");
            browser.driver().get(meetingPage + "&lang=sq");
            browser.waitFor("#when");
            assertThat(browser.driver().executeScript("return document.readyState")).isEqualTo("complete");
            assertThat(browser.exists("#when .rr-chat__local")).as("a reader in the platform's zone: nothing added")
                    .isFalse();
        }
    }

    /** The browser's own time zone, as a reader elsewhere has it. */
    private static void zone(Browser browser, String zone) {
        browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }
}
