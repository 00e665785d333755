package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.chat.application.ChatMeetings;
import al.rrjeti.chat.application.ChatMeetings.Plan;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.TestPorts;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A planned meeting's invitees get its {@code .ics} by mail over real SMTP (GreenMail), as a
 * {@code text/calendar} part that ical4j reads back; the organiser gets none.
 */
@ExtendWith(ArquillianExtension.class)
class ChatInvitationIT extends ChatServicesTestBase {

    @Inject
    private ChatMeetings meetings;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(TestPorts.SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void eachInviteeIsMailedTheCalendarFileThatCalendarsRead() throws Exception {
        String organiser = person("ftes-org", Role.CSO_MEMBER);
        String guest = person("ftes-mysafir", Role.INSTITUTION_MEMBER);
        ActingUser.actAs(organiser);
        Room group = rooms.createGroup("Ftesat me postë", null, true);
        rooms.addMember(group.getId(), id(guest));
        Meeting m = meetings.schedule(new Plan(group.getId(), "Takimi për prokurimet", "1. Kontratat", "2031-03-10",
                "10:00", null, 90, null));

        // The meeting's notification may come by mail too; the invitation is the one with its own subject.
        MimeMessage invitation = mailTo(guest, "Ftesë për takimin: Takimi për prokurimet");
        MimeMultipart mixed = (MimeMultipart) invitation.getContent();
        BodyPart ics = null;
        for (int i = 0; i < mixed.getCount(); i++) {
            if (mixed.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                ics = mixed.getBodyPart(i);
            }
        }
        assertThat(ics).as("a text/calendar part").isNotNull();
        assertThat(ics.getFileName()).isEqualTo("takim-" + m.getId() + ".ics");
        Calendar calendar = new CalendarBuilder().build(ics.getInputStream());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Takimi për prokurimet");
            assertThat(e.getProperty("UID").orElseThrow().getValue()).isEqualTo("chat-meeting-" + m.getId() + "@rrjeti");
            assertThat(e.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20310310T100000");
            assertThat(e.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo("Europe/Tirane");
            assertThat(e.getProperty("URL").orElseThrow().getValue()).isEqualTo(m.getVideoUrl());
        });
        assertThat(received()).as("the organiser is not invited to their own meeting")
                .noneMatch(r -> recipients(r).contains(organiser) && subject(r).startsWith("Ftesë"));
    }

    private MimeMessage mailTo(String address, String subject) throws Exception {
        // Generous, as the kernel's and the campaigns' mail tests: a noisy machine can be slow to deliver.
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage r : received()) {
                if (recipients(r).contains(address) && subject.equals(r.getSubject())) {
                    return r;
                }
            }
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + address);
    }

    private List<MimeMessage> received() {
        return new ArrayList<>(Arrays.asList(smtp.getReceivedMessages()));
    }

    private static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getRecipients(RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
