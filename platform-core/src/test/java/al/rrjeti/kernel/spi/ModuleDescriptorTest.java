package al.rrjeti.kernel.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    @Test
    void keepsWhatTheModuleDeclares() {
        ModuleDescriptor d = ModuleDescriptor.builder("forum", "1.2.3")
                .name("Forumi", "Forum")
                .requiresKernel("[1.0,2.0)")
                .requires("library", "[1.0,2.0)")
                .messages("al.rrjeti.forum.messages")
                .navigation("/forum/", "nav.forum", "pi pi-comments", Audience.EVERYONE, 30)
                .widget("/forum/widgets/latest.xhtml", Audience.EVERYONE, 20)
                .permission("forum.post.public", "citizen", "cso_member")
                .notification("forum.reply", "notification.reply", true)
                .changelog("META-INF/rrjeti/forum/changelog.xml")
                .build();
        assertThat(d.name(Locale.forLanguageTag("sq"))).isEqualTo("Forumi");
        assertThat(d.name(Locale.ENGLISH)).isEqualTo("Forum");
        assertThat(d.version()).isEqualTo(new Version(1, 2, 3));
        assertThat(d.requirements()).extracting(Requirement::moduleId).containsExactly("library");
        assertThat(d.permissions().get(0).defaultRoles()).containsExactlyInAnyOrder("citizen", "cso_member");
        assertThat(d.changelog()).contains("META-INF/rrjeti/forum/changelog.xml");
    }

    @Test
    void idMustBeLowerCaseLettersDigitsAndHyphens() {
        assertThatThrownBy(() -> ModuleDescriptor.builder("Forum", "1.0").name("a", "b").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Forum");
        assertThatThrownBy(() -> ModuleDescriptor.builder("fo_rum", "1.0").name("a", "b").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bothLanguagesAreRequired() {
        assertThatThrownBy(() -> ModuleDescriptor.builder("forum", "1.0").name("Forumi", " ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Albanian and English");
    }

    @Test
    void contributionsMustStayInsideTheModulesPrefix() {
        assertThatThrownBy(() -> ModuleDescriptor.builder("forum", "1.0").name("a", "b").messages("m")
                .navigation("/library/", "k", "", Audience.EVERYONE, 1).build())
                .hasMessageContaining("outside /forum/");
        assertThatThrownBy(() -> ModuleDescriptor.builder("forum", "1.0").name("a", "b")
                .permission("library.read", "citizen").build())
                .hasMessageContaining("not prefixed forum.");
        assertThatThrownBy(() -> ModuleDescriptor.builder("forum", "1.0").name("a", "b")
                .widget("/admin/x.xhtml", Audience.EVERYONE, 1).build())
                .hasMessageContaining("outside /forum/");
    }

    @Test
    void jobsAreTheModulesOwnAndRunAtMostOnceAMinute() {
        Runnable task = () -> { };
        assertThat(ModuleDescriptor.builder("forum", "1.0").name("a", "b")
                .job("forum.deadlines", java.time.Duration.ofHours(1), task).build().jobs())
                .extracting(ScheduledJob::id).containsExactly("forum.deadlines");
        assertThatThrownBy(() -> ModuleDescriptor.builder("forum", "1.0").name("a", "b")
                .job("library.links", java.time.Duration.ofHours(1), task).build())
                .hasMessageContaining("not prefixed forum.");
        assertThatThrownBy(() -> ModuleDescriptor.builder("forum", "1.0").name("a", "b")
                .job("forum.busy", java.time.Duration.ofSeconds(10), task).build())
                .hasMessageContaining("more often than once a minute");
    }

    @Test
    void navigationNeedsABundleForItsLabels() {
        assertThatThrownBy(() -> ModuleDescriptor.builder("forum", "1.0").name("a", "b")
                .navigation("/forum/", "k", "", Audience.EVERYONE, 1).build())
                .hasMessageContaining("bundle");
    }

    private static ModuleDescriptor.Builder moderated() {
        return ModuleDescriptor.builder("forum", "1.0").name("a", "b").messages("m")
                .permission("forum.moderate", "moderator").notification("forum.queue", "k", true);
    }

    @Test
    void aQueueKeepsItsCountSupplierAndIsTheModulesOwn() {
        ModuleDescriptor d = moderated()
                .queue("forum.held", "q", "/forum/moderation/", "forum.moderate", "forum.queue", () -> 3).build();
        assertThat(d.queues()).extracting(ModerationQueue::id).containsExactly("forum.held");
        assertThat(d.queues().get(0).pending().getAsLong()).isEqualTo(3);
        assertThatThrownBy(() -> moderated()
                .queue("library.review", "q", "/forum/moderation/", "forum.moderate", "forum.queue", () -> 0).build())
                .hasMessageContaining("queue library.review is not prefixed forum.");
        assertThatThrownBy(() -> moderated()
                .queue("forum.held", "q", "/moderation/x.xhtml", "forum.moderate", "forum.queue", () -> 0).build())
                .hasMessageContaining("outside /forum/");
        assertThatThrownBy(() -> moderated()
                .queue("forum.held", "q", "/forum/m/", "forum.other", "forum.queue", () -> 0).build())
                .hasMessageContaining("forum.other, which the module does not declare");
        assertThatThrownBy(() -> moderated()
                .queue("forum.held", "q", "/forum/m/", "forum.moderate", "forum.nothing", () -> 0).build())
                .hasMessageContaining("forum.nothing, which the module does not declare");
        assertThatThrownBy(() -> moderated()
                .queue("forum.held", "q", "/forum/m/", "forum.moderate", "forum.queue", () -> 0)
                .queue("forum.held", "q", "/forum/m/", "forum.moderate", "forum.queue", () -> 0).build())
                .hasMessageContaining("declared twice");
    }
}
