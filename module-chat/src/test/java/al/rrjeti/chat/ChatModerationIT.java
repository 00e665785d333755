package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.chat.application.ChatActivity;
import al.rrjeti.chat.application.ChatDirectory;
import al.rrjeti.chat.application.ChatMessages;
import al.rrjeti.chat.application.ChatModeration;
import al.rrjeti.chat.application.ChatMessages.MessageView;
import al.rrjeti.chat.application.ChatRooms;
import al.rrjeti.chat.application.ChatRooms.RoomSummary;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.chat.domain.RoomKind;
import al.rrjeti.chat.infrastructure.ChatPersonalData;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.limits.RateLimitedException;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports of messages and the moderators' queue, and the chat's part of a person's data (export and
 * erasure), on a real Payara and Derby.
 */
@ExtendWith(ArquillianExtension.class)
class ChatModerationIT extends ChatServicesTestBase {

    @Test
    void aReportedMessageWaitsForThePlatformsModeratorsWhoDeleteOrKeepIt() {
        String writer = person("shkrues", Role.CSO_MEMBER);
        String reporter = person("raportues", Role.CSO_MEMBER);
        String outsider = person("jashte", Role.CSO_MEMBER);
        String moderator = person("moderator", Role.MODERATOR);
        ActingUser.actAs(writer);
        Room direct = rooms.createDirect(List.of(id(reporter)));
        MessageView bad = messages.post(direct.getId(), "Fjalë fyese", SQ);
        MessageView fine = messages.post(direct.getId(), "Fjalë e mirë", SQ);

        ActingUser.actAs(outsider);
        assertThatThrownBy(() -> moderation.report(bad.id(), "S'e kam parë")).as("one reports only what one reads")
                .isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(reporter);
        assertThatThrownBy(() -> moderation.report(bad.id(), " ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("chat.report.reason.required"));
        ActingUser.actAs(moderator);
        long before = notifications.unreadCount();
        int waiting = moderation.open(SQ).size();
        ActingUser.actAs(reporter);
        moderation.report(bad.id(), "Fyerje");
        moderation.report(bad.id(), "Sërish");
        moderation.report(fine.id(), "Gabim");
        assertThatThrownBy(() -> moderation.open(SQ)).as("members do not moderate").isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(moderator);
        assertThat(notifications.unreadCount()).as("the queue's staff are told").isEqualTo(before + 2);
        assertThatThrownBy(() -> messages.history(direct.getId(), null, SQ)).as("moderators do not read the rooms")
                .isInstanceOf(AccessDeniedException.class);
        List<ChatModeration.ReportView> open = moderation.open(SQ);
        assertThat(open).hasSize(waiting + 2);
        ChatModeration.ReportView report = open.stream().filter(r -> r.messageId().equals(bad.id())).findFirst()
                .orElseThrow();
        assertThat(report.html()).contains("Fjalë fyese");
        assertThat(report.reason()).isEqualTo("Fyerje");
        moderation.remove(report.id());
        moderation.dismiss(open.stream().filter(r -> r.messageId().equals(fine.id())).findFirst().orElseThrow().id());
        assertThat(moderation.open(SQ)).hasSize(waiting);
        assertThatThrownBy(() -> moderation.dismiss(report.id())).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("chat.report.unknown"));

        ActingUser.actAs(writer);
        assertThat(messages.history(direct.getId(), null, SQ)).extracting(MessageView::deleted).containsExactly(true, false);
    }

    @Test
    void personalDataIsExportedAndMembershipsEndOnErasure() throws Exception {
        String a = person("a", Role.CSO_MEMBER);
        String b = person("b", Role.CSO_MEMBER);
        Long aId = id(a);
        ActingUser.actAs(a);
        Room direct = rooms.createDirect(List.of(id(b)));
        messages.post(direct.getId(), "E imja", SQ);

        transaction.begin();
        try {
            Map<String, Object> data = personalData.export(aId);
            assertThat(data.get("messages")).asList().singleElement()
                    .satisfies(row -> assertThat(((Map<?, ?>) row).get("markdown")).isEqualTo("E imja"));
            assertThat(data.get("rooms")).asList().hasSizeGreaterThanOrEqualTo(1);
            personalData.erase(aId);
        } finally {
            transaction.commit();
        }
        ActingUser.actAs(b);
        assertThat(rooms.members(direct.getId(), SQ)).extracting(ChatRooms.MemberView::personId).doesNotContain(aId);
        assertThat(messages.history(direct.getId(), null, SQ)).as("the conversation stays readable").hasSize(1);
    }
}
