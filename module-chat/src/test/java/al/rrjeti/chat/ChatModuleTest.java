package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.testing.ReadmeConfiguration;
import org.junit.jupiter.api.Test;

/** The chat's descriptor keeps the contract, and the README documents its settings. */
class ChatModuleTest {

    private final ModuleDescriptor descriptor = new ChatModule().descriptor();

    @Test
    void declaresWhatTheKernelNeeds() {
        assertThat(descriptor.id()).isEqualTo("chat");
        assertThat(descriptor.restResources()).isNotEmpty();
        assertThat(descriptor.stylesheets()).containsExactly("/chat/chat.css");
        assertThat(descriptor.navigation()).allSatisfy(n -> assertThat(n.audience()).isEqualTo(Audience.MEMBERS));
    }

    @Test
    void reportedMessagesHaveAModerationQueue() {
        assertThat(descriptor.queues()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("chat.reports");
            assertThat(q.permission()).isEqualTo(ChatModule.MODERATE);
        });
    }

    @Test
    void meetingRemindersRunAsAKernelJob() {
        assertThat(descriptor.jobs()).singleElement().satisfies(j -> {
            assertThat(j.id()).isEqualTo(ChatModule.REMINDER_JOB);
            assertThat(j.every()).isEqualTo(java.time.Duration.ofMinutes(5));
        });
        assertThat(descriptor.notificationTypes()).extracting(n -> n.id()).contains(ChatModule.MEETING_REMINDER);
    }

    @Test
    void everySettingIsInTheReadmeAndEveryReadmeKeyIsDeclared() {
        ReadmeConfiguration.assertDocuments(descriptor.settings());
        ReadmeConfiguration.assertDeclaresAll("chat", descriptor.settings());
    }
}
