package al.rrjeti.kernel.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the kernel needs to know about a module, built once by its
 * {@link PlatformModule}:
 *
 * <pre>{@code
 * ModuleDescriptor.builder("forum", "1.0.0")
 *     .name("Forumi", "Forum")
 *     .requiresKernel("[1.0,2.0)")
 *     .messages("al.rrjeti.forum.messages")
 *     .navigation("/forum/", "nav.forum", "pi pi-comments", Audience.EVERYONE, 30)
 *     .permission("forum.moderate", "moderator")
 *     .notification("forum.queue", "forum.notification.queue", true)
 *     .queue("forum.held", "forum.queue.held", "/forum/moderation/", "forum.moderate", "forum.queue",
 *             posts::countHeld)
 *     .changelog("META-INF/rrjeti/forum/changelog.xml")
 *     .build();
 * }</pre>
 */
public final class ModuleDescriptor {

    /** Lower-case letters, digits and hyphens, starting with a letter. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,30}");

    private final String id;
    private final Version version;
    private final Map<String, String> names;
    private final VersionRange kernelVersions;
    private final List<Requirement> requirements;
    private final String messages;
    private final List<NavigationEntry> navigation;
    private final List<Widget> widgets;
    private final List<Restriction> restrictions;
    private final List<PermissionDeclaration> permissions;
    private final List<NotificationType> notificationTypes;
    private final String changelog;
    private final List<ScheduledJob> jobs;
    private final List<ModerationQueue> queues;

    private ModuleDescriptor(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.names = Map.of("sq", b.nameSq, "en", b.nameEn);
        this.kernelVersions = b.kernelVersions;
        this.requirements = List.copyOf(b.requirements);
        this.messages = b.messages;
        this.navigation = List.copyOf(b.navigation);
        this.widgets = List.copyOf(b.widgets);
        this.restrictions = List.copyOf(b.restrictions);
        this.permissions = List.copyOf(b.permissions);
        this.notificationTypes = List.copyOf(b.notificationTypes);
        this.changelog = b.changelog;
        this.jobs = List.copyOf(b.jobs);
        this.queues = List.copyOf(b.queues);
    }

    public static Builder builder(String id, String version) {
        return new Builder(id, Version.of(version));
    }

    public String id() {
        return id;
    }

    public Version version() {
        return version;
    }

    /** The module's display name in the given language (Albanian unless English is asked). */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? names.get("en") : names.get("sq");
    }

    public VersionRange kernelVersions() {
        return kernelVersions;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    /** Base name of the module's resource bundle ({@code messages_sq}, {@code messages_en}). */
    public Optional<String> messages() {
        return Optional.ofNullable(messages);
    }

    public List<NavigationEntry> navigation() {
        return navigation;
    }

    public List<Widget> widgets() {
        return widgets;
    }

    /** Pages only some may open; the kernel checks them on every request. */
    public List<Restriction> restrictions() {
        return restrictions;
    }

    public List<PermissionDeclaration> permissions() {
        return permissions;
    }

    public List<NotificationType> notificationTypes() {
        return notificationTypes;
    }

    /** Class-path location of the module's Liquibase changelog, if it owns tables. */
    public Optional<String> changelog() {
        return Optional.ofNullable(changelog);
    }

    /** Periodic work the kernel runs while the module is active. */
    public List<ScheduledJob> jobs() {
        return jobs;
    }

    /** Work waiting for staff, shown with its count in the staff menu while the module is active. */
    public List<ModerationQueue> queues() {
        return queues;
    }

    @Override
    public String toString() {
        return id + " " + version;
    }

    /** Collects a descriptor; {@link #build()} checks it. */
    public static final class Builder {
        private final String id;
        private final Version version;
        private String nameSq;
        private String nameEn;
        private VersionRange kernelVersions = VersionRange.ANY;
        private final List<Requirement> requirements = new ArrayList<>();
        private String messages;
        private final List<NavigationEntry> navigation = new ArrayList<>();
        private final List<Widget> widgets = new ArrayList<>();
        private final List<Restriction> restrictions = new ArrayList<>();
        private final List<PermissionDeclaration> permissions = new ArrayList<>();
        private final List<NotificationType> notificationTypes = new ArrayList<>();
        private String changelog;
        private final List<ScheduledJob> jobs = new ArrayList<>();
        private final List<ModerationQueue> queues = new ArrayList<>();

        private Builder(String id, Version version) {
            this.id = Objects.requireNonNull(id, "id");
            this.version = version;
        }

        public Builder name(String albanian, String english) {
            this.nameSq = albanian;
            this.nameEn = english;
            return this;
        }

        public Builder requiresKernel(String range) {
            this.kernelVersions = VersionRange.of(range);
            return this;
        }

        public Builder requires(String moduleId, String range) {
            requirements.add(Requirement.of(moduleId, range));
            return this;
        }

        public Builder messages(String bundleBaseName) {
            this.messages = bundleBaseName;
            return this;
        }

        public Builder navigation(String path, String labelKey, String icon, Audience audience, int order) {
            navigation.add(new NavigationEntry(path, labelKey, icon, audience, order));
            return this;
        }

        public Builder widget(String fragment, Audience audience, int order) {
            widgets.add(new Widget(fragment, audience, order));
            return this;
        }

        public Builder restrict(String pathPrefix, Audience audience) {
            restrictions.add(new Restriction(pathPrefix, audience));
            return this;
        }

        public Builder permission(String name, String... defaultRoles) {
            permissions.add(new PermissionDeclaration(name, java.util.Set.of(defaultRoles)));
            return this;
        }

        public Builder notification(String typeId, String labelKey, boolean byMail) {
            notificationTypes.add(new NotificationType(typeId, labelKey, byMail));
            return this;
        }

        public Builder changelog(String classpathLocation) {
            this.changelog = classpathLocation;
            return this;
        }

        /**
         * Periodic work: the kernel runs {@code task} every {@code every} (first run one period
         * after start) while the module is active, and logs its failures without stopping it.
         */
        public Builder job(String jobId, java.time.Duration every, Runnable task) {
            jobs.add(new ScheduledJob(jobId, every, task));
            return this;
        }

        /**
         * A moderation queue (see {@link ModerationQueue}): its page under the module's prefix, the
         * module's permission that lets staff act on it, and the module's notification type that
         * tells them of new items.
         */
        public Builder queue(String queueId, String labelKey, String path, String permission, String notificationType,
                java.util.function.LongSupplier pending) {
            queues.add(new ModerationQueue(queueId, labelKey, path, permission, notificationType, pending));
            return this;
        }

        /** @throws IllegalArgumentException when the descriptor breaks the contract */
        public ModuleDescriptor build() {
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("Module id '" + id + "' must match " + ID.pattern());
            }
            if (nameSq == null || nameEn == null || nameSq.isBlank() || nameEn.isBlank()) {
                throw new IllegalArgumentException("Module '" + id + "' needs a name in Albanian and English");
            }
            String prefix = "/" + id + "/";
            for (NavigationEntry e : navigation) {
                require(e.path().startsWith(prefix), "navigation path " + e.path() + " is outside " + prefix);
            }
            for (Widget w : widgets) {
                require(w.fragment().startsWith(prefix), "widget " + w.fragment() + " is outside " + prefix);
            }
            for (Restriction r : restrictions) {
                require(r.pathPrefix().startsWith(prefix), "restricted path " + r.pathPrefix() + " is outside " + prefix);
            }
            for (PermissionDeclaration p : permissions) {
                require(p.name().startsWith(id + "."), "permission " + p.name() + " is not prefixed " + id + ".");
            }
            for (NotificationType n : notificationTypes) {
                require(n.id().startsWith(id + "."), "notification " + n.id() + " is not prefixed " + id + ".");
            }
            for (ScheduledJob j : jobs) {
                require(j.id().startsWith(id + "."), "job " + j.id() + " is not prefixed " + id + ".");
                require(!j.every().isNegative() && j.every().toMinutes() >= 1, "job " + j.id() + " runs more often than once a minute");
            }
            java.util.Set<String> queueIds = new java.util.HashSet<>();
            for (ModerationQueue q : queues) {
                require(q.id().startsWith(id + "."), "queue " + q.id() + " is not prefixed " + id + ".");
                require(queueIds.add(q.id()), "queue " + q.id() + " is declared twice");
                require(q.path().startsWith(prefix), "queue path " + q.path() + " is outside " + prefix);
                require(permissions.stream().anyMatch(p -> p.name().equals(q.permission())),
                        "queue " + q.id() + " needs permission " + q.permission() + ", which the module does not declare");
                require(notificationTypes.stream().anyMatch(n -> n.id().equals(q.notificationType())),
                        "queue " + q.id() + " is announced by " + q.notificationType()
                                + ", which the module does not declare");
            }
            require(navigation.isEmpty() || messages != null, "navigation labels need a message bundle");
            require(queues.isEmpty() || messages != null, "queue labels need a message bundle");
            return new ModuleDescriptor(this);
        }

        private void require(boolean condition, String problem) {
            if (!condition) {
                throw new IllegalArgumentException("Module '" + id + "': " + problem);
            }
        }
    }
}
