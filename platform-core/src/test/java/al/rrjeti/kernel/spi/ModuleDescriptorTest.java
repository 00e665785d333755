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
    void aModuleKeepsAtMostOneDocumentArchive() {
        ModuleDescriptor.Builder b = ModuleDescriptor.builder("library", "1.0").name("Biblioteka", "Library")
                .documents(DocumentArchive.class);
        assertThatThrownBy(() -> b.documents(DocumentArchive.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("library");
        assertThat(ModuleDescriptor.builder("forum", "1.0").name("Forumi", "Forum").build().documentArchive()).isEmpty();
    }

    @Test
    void idMustBeLowerCaseLettersAndDigits() {
        assertThatThrownBy(() -> ModuleDescriptor.builder("Forum", "1.0").name("a", "b").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Forum");
        assertThatThrownBy(() -> ModuleDescriptor.builder("fo_rum", "1.0").name("a", "b").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ModuleDescriptor.builder("forum2", "1.0").name("a", "b").build().id()).isEqualTo("forum2");
    }

    @Test
    void hyphenatedIdIsRefusedBecauseItBreaksTablePrefixesAndPackages() {
        assertThatThrownBy(() -> ModuleDescriptor.builder("demo-addon", "1.0").name("a", "b").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Module id 'demo-addon' must match");
    }

    @Test
    void restResourcesMustLiveUnderTheModulesId() {
        assertThat(forum().rest(ForumThreads.class, ForumRoot.class).build().restResources())
                .containsExactly(ForumThreads.class, ForumRoot.class);
        assertThatThrownBy(() -> forum().rest(LibraryBooks.class).build())
                .hasMessageContaining("REST resource " + LibraryBooks.class.getName() + " is not under /api/forum/");
        assertThatThrownBy(() -> forum().rest(Forums.class).build())
                .as("a longer id that starts with the module's").hasMessageContaining("is not under /api/forum/");
        assertThatThrownBy(() -> forum().rest(NoPath.class).build()).hasMessageContaining("has no @Path");
    }

    @Test
    void stylesheetsAreCssFilesInsideTheModulesPrefix() {
        assertThat(forum().stylesheet("/forum/forum.css").build().stylesheets()).containsExactly("/forum/forum.css");
        assertThatThrownBy(() -> forum().stylesheet("/rrjeti/css/rrjeti.css").build())
                .hasMessageContaining("stylesheet /rrjeti/css/rrjeti.css is not a .css file under /forum/");
        assertThatThrownBy(() -> forum().stylesheet("/forum/forum.js").build())
                .hasMessageContaining("is not a .css file under /forum/");
    }

    @Test
    void settingsArePrefixedDescribedInBothLanguagesAndDeclaredOnce() {
        assertThat(forum().setting("rrjeti.forum.posts.per-hour", "20", "Postime në orë", "Posts per hour")
                .secretSetting("rrjeti.forum.webhook.key", "Çelësi", "The key").build().settings())
                .extracting(Setting::key, Setting::defaultValue, Setting::secret)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rrjeti.forum.posts.per-hour", "20", false),
                        org.assertj.core.groups.Tuple.tuple("rrjeti.forum.webhook.key", null, true));
        assertThatThrownBy(() -> forum().setting("forum.posts.per-hour", "20", "Postime", "Posts").build())
                .hasMessageContaining("setting forum.posts.per-hour is not prefixed rrjeti.forum.");
        assertThatThrownBy(() -> forum().setting("rrjeti.library.max-mb", "20", "MB", "MB").build())
                .hasMessageContaining("is not prefixed rrjeti.forum.");
        assertThatThrownBy(() -> forum().setting("rrjeti.forum.x", "1", "Përshkrim", " ").build())
                .hasMessageContaining("setting rrjeti.forum.x needs a description in Albanian and English");
        assertThatThrownBy(() -> forum().setting("rrjeti.forum.x", "1", null, "Description").build())
                .hasMessageContaining("needs a description in Albanian and English");
        assertThatThrownBy(() -> forum().setting("rrjeti.forum.x", "1", "Një", "One")
                .setting("rrjeti.forum.x", "2", "Dy", "Two").build())
                .hasMessageContaining("setting rrjeti.forum.x is declared twice");
    }

    @Test
    void headerNeedsWidenOnlyAllowedDirectivesForTheModulesOwnPages() {
        assertThat(forum().header("/forum/meeting", HeaderNeed.PERMISSIONS_POLICY, "camera=(self)")
                .header("/forum/meeting", "frame-src", "https://meet.example.org").build().headerNeeds())
                .extracting(HeaderNeed::directive).containsExactly(HeaderNeed.PERMISSIONS_POLICY, "frame-src");
        assertThatThrownBy(() -> forum().header("/forum/meeting", "script-src", "'unsafe-inline'").build())
                .hasMessageContaining("header need script-src is not one of");
        assertThatThrownBy(() -> forum().header("/forum/meeting", "X-Frame-Options", "ALLOWALL").build())
                .hasMessageContaining("header need X-Frame-Options is not one of");
        assertThatThrownBy(() -> forum().header("/library/meeting", "frame-src", "https://meet.example.org").build())
                .hasMessageContaining("header need for /library/meeting is outside /forum/");
        assertThatThrownBy(() -> forum().header("/forum/meeting", "frame-src", "https://a.example\r\nSet-Cookie: x").build())
                .hasMessageContaining("empty or unsafe value");
        assertThatThrownBy(() -> forum().header("/forum/meeting", "frame-src", "https://a.example; script-src *").build())
                .hasMessageContaining("empty or unsafe value");
    }

    private static ModuleDescriptor.Builder forum() {
        return ModuleDescriptor.builder("forum", "1.0").name("Forumi", "Forum");
    }

    @jakarta.ws.rs.Path("forum/threads")
    static class ForumThreads {
    }

    @jakarta.ws.rs.Path("/forum")
    static class ForumRoot {
    }

    @jakarta.ws.rs.Path("library/books")
    static class LibraryBooks {
    }

    @jakarta.ws.rs.Path("forums/all")
    static class Forums {
    }

    static class NoPath {
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
