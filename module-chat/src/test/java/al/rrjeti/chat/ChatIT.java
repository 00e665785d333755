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
 * The chat's services on a real Payara and Derby, acting as each kind of person: who reaches the
 * chat and which rooms, messages with their edits, deletions, mentions and unread counts, the rate
 * limit, and the announcement of every change after commit.
 */
@ExtendWith(ArquillianExtension.class)
class ChatIT extends ChatServicesTestBase {

    @Test
    void onlyMembersOfVerifiedOrganisationsReachTheChatAtAll() {
        String member = person("anetar", Role.CSO_MEMBER);
        ActingUser.actAs(member);
        Room group = rooms.createGroup("Grupi i prokurimeve", null, false);
        MessageView hello = messages.post(group.getId(), "Përshëndetje", SQ);
        Long network = rooms.mine(SQ).stream().filter(r -> r.kind() == RoomKind.NETWORK).findFirst().orElseThrow().id();

        String[] refused = {null, person("qytetar", Role.CITIZEN), person("biznes", Role.BUSINESS),
            person("media", Role.MEDIA), person("moderator", Role.MODERATOR), person("redaktor", Role.EDITOR),
            person("operator", Role.OPERATOR)};
        for (String who : refused) {
            ActingUser.actAs(who);
            List<Runnable> everything = List.of(
                    () -> rooms.mine(SQ),
                    () -> rooms.summary(network, SQ),
                    () -> rooms.createGroup("Grup", null, false),
                    () -> rooms.createDirect(List.of(1L)),
                    () -> rooms.join(group.getId()),
                    () -> rooms.leave(group.getId()),
                    () -> rooms.addMember(group.getId(), 1L),
                    () -> rooms.removeMember(group.getId(), 1L),
                    () -> rooms.setModerator(group.getId(), 1L, true),
                    () -> rooms.members(group.getId(), SQ),
                    () -> messages.post(network, "Tekst", SQ),
                    () -> messages.edit(hello.id(), "Tekst", SQ),
                    () -> messages.delete(hello.id()),
                    () -> messages.history(network, null, SQ),
                    () -> messages.after(network, 0, SQ),
                    () -> messages.one(hello.id(), SQ),
                    () -> messages.markRead(network, 1),
                    () -> directory.candidates(SQ));
            for (int i = 0; i < everything.size(); i++) {
                assertThatThrownBy(everything.get(i)::run).as((who == null ? "anonymous" : who) + ", call " + i)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void theRepresentativeOfAVerifiedOrganisationIsIn() {
        String representative = email("perfaqesues");
        fixtures.verifiedOrganisation(OrganisationType.INSTITUTION, "Institucioni i bisedës " + System.nanoTime(),
                representative);
        ActingUser.actAs(representative);
        List<RoomSummary> mine = rooms.mine(SQ);
        assertThat(mine).filteredOn(r -> r.kind() == RoomKind.NETWORK).hasSize(1)
                .allSatisfy(r -> assertThat(r.member()).isTrue());
        Long network = mine.stream().filter(r -> r.kind() == RoomKind.NETWORK).findFirst().orElseThrow().id();
        MessageView m = messages.post(network, "Institucioni ynë është në rrjet.", SQ);
        assertThat(m.id()).isPositive();
        assertThat(directory.candidates(SQ)).noneMatch(c -> c.name() == null);
    }

    @Test
    void theNetworkRoomIsMadeOnceWhateverTheStarts() {
        Long first = rooms.ensureNetworkRoom().getId();
        assertThat(rooms.ensureNetworkRoom().getId()).isEqualTo(first);
        ActingUser.actAs(person("i-vjeter", Role.CSO_MEMBER));
        messages.post(first, "Para se të vinte i riu", SQ);
        ActingUser.actAs(person("rrjeti", Role.INSTITUTION_MEMBER));
        assertThat(rooms.mine(SQ)).filteredOn(r -> r.kind() == RoomKind.NETWORK).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(first);
            assertThat(r.unread()).as("a newcomer starts with the past read").isZero();
        });
    }

    @Test
    void anInviteOnlyGroupIsForItsMembersAndItsModeratorsDecideWho() {
        String creator = person("krijues", Role.CSO_MEMBER);
        String other = person("tjeter", Role.INSTITUTION_MEMBER);
        String third = person("i-treti", Role.CSO_MEMBER);
        String citizen = person("qytetar", Role.CITIZEN);
        Long otherId = id(other);
        Long thirdId = id(third);
        ActingUser.actAs(creator);
        Room group = rooms.createGroup("  Grupi i ligjit  ", "Ndryshimet e ligjit", true);
        assertThat(group.getName()).isEqualTo("Grupi i ligjit");

        ActingUser.actAs(other);
        assertThat(rooms.mine(SQ)).extracting(RoomSummary::id).doesNotContain(group.getId());
        assertThatThrownBy(() -> messages.history(group.getId(), null, SQ)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.post(group.getId(), "A më lejoni?", SQ)).as("a message to a room one is not in")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.join(group.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.addMember(group.getId(), otherId)).isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(creator);
        assertThatThrownBy(() -> rooms.addMember(group.getId(), id(citizen)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("chat.member.not-eligible"));
        rooms.addMember(group.getId(), otherId);
        rooms.addMember(group.getId(), otherId);
        assertThat(rooms.members(group.getId(), SQ)).hasSize(2);

        ActingUser.actAs(other);
        messages.post(group.getId(), "Faleminderit për ftesën.", SQ);
        assertThatThrownBy(() -> rooms.addMember(group.getId(), thirdId)).as("a plain member adds nobody")
                .isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(creator);
        rooms.setModerator(group.getId(), otherId, true);
        ActingUser.actAs(other);
        rooms.addMember(group.getId(), thirdId);
        assertThatThrownBy(() -> rooms.removeMember(group.getId(), id(creator)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("chat.member.creator-stays"));
        rooms.removeMember(group.getId(), thirdId);

        ActingUser.actAs(third);
        assertThatThrownBy(() -> messages.post(group.getId(), "Ende këtu?", SQ)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOpenGroupIsReadByEveryMemberAndWrittenByThoseWhoJoined() {
        String creator = person("krijues", Role.CSO_MEMBER);
        String other = person("tjeter", Role.CSO_MEMBER);
        ActingUser.actAs(creator);
        Room group = rooms.createGroup("Grup i hapur", null, false);
        messages.post(group.getId(), "Mirë se vini", SQ);

        ActingUser.actAs(other);
        assertThat(rooms.mine(SQ)).filteredOn(r -> r.id().equals(group.getId())).singleElement()
                .satisfies(r -> assertThat(r.member()).isFalse());
        assertThat(messages.history(group.getId(), null, SQ)).hasSize(1);
        assertThatThrownBy(() -> messages.post(group.getId(), "Pa hyrë", SQ)).isInstanceOf(AccessDeniedException.class);
        rooms.join(group.getId());
        messages.post(group.getId(), "Tani po", SQ);
        rooms.leave(group.getId());
        assertThatThrownBy(() -> messages.post(group.getId(), "Pasi dola", SQ)).isInstanceOf(AccessDeniedException.class);
        Long network = rooms.ensureNetworkRoom().getId();
        assertThatThrownBy(() -> rooms.leave(network)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("chat.room.network-stays"));
        assertThatThrownBy(() -> messages.post(999_999_999L, "Askund", SQ)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("chat.room.unknown"));
    }

    @Test
    void aDirectConversationIsBetweenMembersOnly() {
        String a = person("a", Role.CSO_MEMBER);
        String b = person("b", Role.INSTITUTION_MEMBER);
        String c = person("c", Role.CSO_MEMBER);
        ActingUser.actAs(a);
        assertThatThrownBy(() -> rooms.createDirect(List.of(id(person("q", Role.CITIZEN)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("chat.member.not-eligible"));
        assertThatThrownBy(() -> rooms.createDirect(List.of(id(a))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("chat.direct.nobody"));
        Room direct = rooms.createDirect(List.of(id(b)));
        assertThat(direct.getKind()).isEqualTo(RoomKind.DIRECT);
        messages.post(direct.getId(), "Si jeni?", SQ);

        ActingUser.actAs(b);
        assertThat(rooms.mine(SQ)).filteredOn(r -> r.id().equals(direct.getId())).singleElement()
                .satisfies(r -> assertThat(r.others()).containsExactly("Anëtar a"));
        messages.post(direct.getId(), "Mirë!", SQ);
        ActingUser.actAs(c);
        assertThatThrownBy(() -> messages.history(direct.getId(), null, SQ)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.join(direct.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void authorsEditAndDeleteTheirOwnAndTheRoomsModeratorsDelete() throws Exception {
        String creator = person("krijues", Role.CSO_MEMBER);
        String author = person("autor", Role.CSO_MEMBER);
        ActingUser.actAs(creator);
        Room group = rooms.createGroup("Redaktime", null, false);
        ActingUser.actAs(author);
        rooms.join(group.getId());
        MessageView m = messages.post(group.getId(), "Takimi është *nesër*", SQ);
        assertThat(m.html()).contains("<em>nesër</em>");
        assertThat(m.editedAt()).isNull();

        MessageView edited = messages.edit(m.id(), "Takimi është **pasnesër**", SQ);
        assertThat(edited.html()).contains("<strong>pasnesër</strong>");
        assertThat(edited.editedAt()).isNotNull();
        assertThat(edited.markdown()).isEqualTo("Takimi është **pasnesër**");
        assertThatThrownBy(() -> messages.edit(m.id(), "  ", SQ)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("chat.message.required"));

        ActingUser.actAs(creator);
        assertThat(messages.one(m.id(), SQ)).satisfies(v -> {
            assertThat(v.editedAt()).isNotNull();
            assertThat(v.markdown()).as("the source goes to its author only").isNull();
            assertThat(v.mayDelete()).as("the room's creator").isTrue();
        });
        assertThatThrownBy(() -> messages.edit(m.id(), "Jo unë", SQ)).isInstanceOf(AccessDeniedException.class);

        String bystander = person("kalimtar", Role.CSO_MEMBER);
        ActingUser.actAs(bystander);
        rooms.join(group.getId());
        assertThatThrownBy(() -> messages.delete(m.id())).isInstanceOf(AccessDeniedException.class);

        ActingUser.actAs(author);
        MessageView mine = messages.post(group.getId(), "Do ta fshij vetë", SQ);
        messages.delete(mine.id());
        ActingUser.actAs(creator);
        messages.delete(m.id());
        List<MessageView> history = messages.history(group.getId(), null, SQ);
        assertThat(history).extracting(MessageView::id).containsExactly(m.id(), mine.id());
        assertThat(history).allSatisfy(v -> {
            assertThat(v.deleted()).isTrue();
            assertThat(v.html()).isEmpty();
            assertThat(v.mayDelete()).isFalse();
        });
        ActingUser.actAs(author);
        assertThatThrownBy(() -> messages.edit(mine.id(), "Rikthim", SQ)).isInstanceOf(AccessDeniedException.class);

        transaction.begin();
        try {
            assertThat(personalData.export(id(author)).get("messages")).asList()
                    .allSatisfy(row -> assertThat(((Map<?, ?>) row).get("markdown")).as("the text is gone").isNull());
        } finally {
            transaction.rollback();
        }
        assertThat(recorder.about(m.id())).extracting(ChatActivity::kind)
                .containsExactly(ChatActivity.Kind.POSTED, ChatActivity.Kind.EDITED, ChatActivity.Kind.DELETED);
    }

    @Test
    void scriptInAMessageStaysInert() {
        ActingUser.actAs(person("sulmues", Role.CSO_MEMBER));
        Long network = rooms.ensureNetworkRoom().getId();
        MessageView m = messages.post(network, "<script>alert(1)</script> <img src=x onerror=alert(3)>"
                + " <a href=\"#\" onclick=\"alert(4)\">a</a>", SQ);
        assertThat(m.html()).as("written as text, never as markup").doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<a ").contains("&lt;script&gt;");
        MessageView link = messages.post(network, "[klik](javascript:alert(2)) dhe [lidhje](https://example.al) **mirë**",
                SQ);
        assertThat(link.html()).doesNotContainIgnoringCase("href=\"javascript").contains("<strong>mirë</strong>")
                .contains("href=\"https://example.al\"").contains("nofollow");
        assertThatThrownBy(() -> messages.post(network, "x".repeat(4001), SQ))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("chat.message.too-long"));
    }

    @Test
    void mentionsTellThoseWhoMayReadTheRoomAndNobodyElse() {
        String writer = person("shkrues", Role.CSO_MEMBER);
        String reader = person("lexues", Role.CSO_MEMBER);
        String outsider = person("jashte", Role.CSO_MEMBER);
        String citizen = person("qytetar", Role.CITIZEN);
        Long readerId = id(reader);
        Long outsiderId = id(outsider);
        ActingUser.actAs(writer);
        Room group = rooms.createGroup("Përmendje", null, true);
        rooms.addMember(group.getId(), readerId);

        ActingUser.actAs(reader);
        long readerBefore = notifications.unreadCount();
        ActingUser.actAs(outsider);
        long outsiderBefore = notifications.unreadCount();

        ActingUser.actAs(writer);
        MessageView m = messages.post(group.getId(), "@[X](user:" + readerId + ") dhe @[Y](user:" + outsiderId
                + ") dhe @[Z](user:" + id(citizen) + ")", SQ);
        assertThat(m.html()).contains("<strong>&#64;Anëtar lexues</strong>").doesNotContain("Anëtar jashte")
                .doesNotContain("Anëtar qytetar");

        ActingUser.actAs(reader);
        assertThat(notifications.unreadCount()).isEqualTo(readerBefore + 1);
        assertThat(notifications.mine(1).get(0).getLink()).contains("/chat/?room=" + group.getId());
        ActingUser.actAs(outsider);
        assertThat(notifications.unreadCount()).as("not in the room: not told").isEqualTo(outsiderBefore);

        ActingUser.actAs(writer);
        messages.edit(m.id(), "@[X](user:" + readerId + ") sërish", SQ);
        ActingUser.actAs(reader);
        assertThat(notifications.unreadCount()).as("an edit tells only the newly mentioned").isEqualTo(readerBefore + 1);
    }

    @Test
    void unreadCountsFollowEachMembersLastReadMessage() {
        String a = person("a", Role.CSO_MEMBER);
        String b = person("b", Role.CSO_MEMBER);
        ActingUser.actAs(a);
        Room direct = rooms.createDirect(List.of(id(b)));
        long headerBefore = rooms.unreadTotal(id(b));
        messages.post(direct.getId(), "një", SQ);
        messages.post(direct.getId(), "dy", SQ);
        MessageView third = messages.post(direct.getId(), "tre", SQ);
        assertThat(unread(direct)).as("one's own messages are read").isZero();
        assertThat(rooms.unreadTotal(id(b))).as("the header's count beside the chat's link").isEqualTo(headerBefore + 3);

        ActingUser.actAs(b);
        assertThat(unread(direct)).isEqualTo(3);
        messages.markRead(direct.getId(), third.id() - 1);
        assertThat(unread(direct)).isEqualTo(1);
        messages.markRead(direct.getId(), 1);
        assertThat(unread(direct)).as("the marker never goes back").isEqualTo(1);
        messages.markRead(direct.getId(), Long.MAX_VALUE);
        assertThat(unread(direct)).isZero();
        MessageView answer = messages.post(direct.getId(), "katër", SQ);

        ActingUser.actAs(a);
        assertThat(unread(direct)).isEqualTo(1);
        ActingUser.actAs(b);
        messages.delete(answer.id());
        ActingUser.actAs(a);
        assertThat(unread(direct)).as("a deleted message is not waiting").isZero();
    }

    private long unread(Room room) {
        return rooms.mine(SQ).stream().filter(r -> r.id().equals(room.getId())).findFirst().orElseThrow().unread();
    }

    @Test
    void floodingIsRefusedWithTheWaitAndTheBudgetComesBack() {
        ActingUser.actAs(person("vershues", Role.CSO_MEMBER));
        Long network = rooms.ensureNetworkRoom().getId();
        try {
            for (int i = 0; i < 20; i++) {
                messages.post(network, "Mesazhi " + i, SQ);
            }
            List<MessageView> page = messages.history(network, null, SQ);
            long before = page.get(page.size() - 1).id();
            assertThatThrownBy(() -> messages.post(network, "Një më shumë", SQ))
                    .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("chat.too-fast");
                        assertThat(e.waitLeft()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
                    });
            List<MessageView> after = messages.history(network, null, SQ);
            assertThat(after.get(after.size() - 1).id()).as("nothing saved").isEqualTo(before);
            clock.advance(Duration.ofSeconds(4));
            messages.post(network, "Pas pritjes", SQ);
        } finally {
            clock.reset();
        }
    }

    @Test
    void everyChangeIsAnnouncedToTheRoomAfterCommitAndARefusalToNobody() {
        String a = person("a", Role.CSO_MEMBER);
        String b = person("b", Role.CSO_MEMBER);
        Long bId = id(b);
        ActingUser.actAs(a);
        Room direct = rooms.createDirect(List.of(bId));
        MessageView m = messages.post(direct.getId(), "Lajm", SQ);
        assertThat(recorder.about(m.id())).singleElement().satisfies(act -> {
            assertThat(act.roomId()).isEqualTo(direct.getId());
            assertThat(act.kind()).isEqualTo(ChatActivity.Kind.POSTED);
            assertThat(act.recipients()).containsExactlyInAnyOrder(id(a), bId);
        });
        int before = recorder.inRoom(direct.getId()).size();
        assertThatThrownBy(() -> messages.post(direct.getId(), "", SQ)).isInstanceOf(InvalidInputException.class);
        assertThat(recorder.inRoom(direct.getId())).hasSize(before);
    }
}
