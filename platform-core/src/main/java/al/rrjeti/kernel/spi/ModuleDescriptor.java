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

    /**
     * Lower-case letters and digits, starting with a letter: the id is also a URL segment, a
     * table prefix ({@code <id>_}) and a Java package name, where hyphens break.
     */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,30}");

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
    private final List<java.util.function.Supplier<SearchProvider>> searchProviders;
    private final List<java.util.function.Supplier<FileAccessRule>> fileRules;
    private final List<Class<?>> restResources;
    private final List<String> stylesheets;
    private final List<HeaderNeed> headerNeeds;
    private final List<Setting> settings;
    private final List<java.util.function.Supplier<PersonalData>> personalData;
    private final List<java.util.function.Supplier<UploadPages>> uploadPages;
    private final List<ModerationQueue> queues;
    private final java.util.function.Supplier<DocumentArchive> documentArchive;

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
        this.searchProviders = List.copyOf(b.searchProviders);
        this.fileRules = List.copyOf(b.fileRules);
        this.restResources = List.copyOf(b.restResources);
        this.stylesheets = List.copyOf(b.stylesheets);
        this.headerNeeds = List.copyOf(b.headerNeeds);
        this.settings = List.copyOf(b.settings);
        this.personalData = List.copyOf(b.personalData);
        this.uploadPages = List.copyOf(b.uploadPages);
        this.queues = List.copyOf(b.queues);
        this.documentArchive = b.documentArchive;
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

    /** The module's part of the kernel search; asked only while the module is active. */
    public List<SearchProvider> searchProviders() {
        return resolve(searchProviders);
    }

    /** Who may download the files the module stores; asked only while the module is active. */
    public List<FileAccessRule> fileRules() {
        return resolve(fileRules);
    }

    /**
     * The module's JAX-RS resources, all under {@code /api/<id>/}; they answer 404 while the module
     * is off, and {@code /openapi} leaves them out (with the tags and schemas only they use).
     */
    public List<Class<?>> restResources() {
        return restResources;
    }

    /** Stylesheets under {@code /<id>/} the layout links on every page while the module is active. */
    public List<String> stylesheets() {
        return stylesheets;
    }

    /** Pages that need more from the browser than the kernel's defaults (camera, an embedded service). */
    public List<HeaderNeed> headerNeeds() {
        return headerNeeds;
    }

    /** The configuration keys the module reads, with defaults and descriptions. */
    public List<Setting> settings() {
        return settings;
    }

    /** What hands over and erases the module's data about a person. */
    public List<PersonalData> personalData() {
        return resolve(personalData);
    }

    /** The module's pages that take files, with their limits; asked only while the module is active. */
    public List<UploadPages> uploadPages() {
        return resolve(uploadPages);
    }

    private static <T> List<T> resolve(List<java.util.function.Supplier<T>> beans) {
        return beans.stream().map(java.util.function.Supplier::get).toList();
    }

    /** A bean of the module, looked up when the kernel first needs it (so a descriptor can be built in a unit test). */
    private static <T> java.util.function.Supplier<T> bean(Class<? extends T> type) {
        Objects.requireNonNull(type, "bean class");
        return new java.util.function.Supplier<T>() {
            private volatile T instance;

            @Override
            public T get() {
                if (instance == null) {
                    instance = jakarta.enterprise.inject.spi.CDI.current().select(type).get();
                }
                return instance;
            }
        };
    }

    /** The platform's document archive, if this module keeps it (the library). */
    public Optional<DocumentArchive> documentArchive() {
        return documentArchive == null ? Optional.empty() : Optional.of(documentArchive.get());
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
        private final List<java.util.function.Supplier<SearchProvider>> searchProviders = new ArrayList<>();
        private final List<java.util.function.Supplier<FileAccessRule>> fileRules = new ArrayList<>();
        private final List<Class<?>> restResources = new ArrayList<>();
        private final List<String> stylesheets = new ArrayList<>();
        private final List<HeaderNeed> headerNeeds = new ArrayList<>();
        private final List<Setting> settings = new ArrayList<>();
        private final List<java.util.function.Supplier<PersonalData>> personalData = new ArrayList<>();
        private final List<java.util.function.Supplier<UploadPages>> uploadPages = new ArrayList<>();
        private final List<ModerationQueue> queues = new ArrayList<>();
        private java.util.function.Supplier<DocumentArchive> documentArchive;

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

        /**
         * A header link with a count for each logged-in reader (the person's id in, the count out; 0
         * shows nothing), e.g. the chat's unread messages; the page updates it live through the
         * element {@code nav-count-<module id>}.
         */
        public Builder navigation(String path, String labelKey, String icon, Audience audience, int order,
                java.util.function.ToLongFunction<Long> badge) {
            Objects.requireNonNull(badge, "badge");
            navigation.add(new NavigationEntry(path, labelKey, icon, audience, order, badge));
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

        /** The module's part of the kernel search: a CDI bean of the module, looked up when needed. */
        public Builder search(Class<? extends SearchProvider> provider) {
            searchProviders.add(bean(provider));
            return this;
        }

        /** The module's part of the kernel search, as an object (tests, modules without CDI beans for it). */
        public Builder search(SearchProvider provider) {
            Objects.requireNonNull(provider, "search provider");
            searchProviders.add(() -> provider);
            return this;
        }

        /** A rule for the files the module stores: a CDI bean of the module, looked up when needed. */
        public Builder files(Class<? extends FileAccessRule> rule) {
            fileRules.add(bean(rule));
            return this;
        }

        /** A rule for the files the module stores, as an object. */
        public Builder files(FileAccessRule rule) {
            Objects.requireNonNull(rule, "file rule");
            fileRules.add(() -> rule);
            return this;
        }

        /** JAX-RS resource classes; each one's {@code @Path} must start with the module's id. */
        public Builder rest(Class<?>... resources) {
            restResources.addAll(List.of(resources));
            return this;
        }

        /** A stylesheet the module ships, e.g. {@code /forum/forum.css} (in {@code META-INF/resources}). */
        public Builder stylesheet(String path) {
            stylesheets.add(path);
            return this;
        }

        /** More than the kernel's defaults for some pages; see {@link HeaderNeed}. */
        public Builder header(String pathPrefix, String directive, String value) {
            headerNeeds.add(new HeaderNeed(pathPrefix, directive, value));
            return this;
        }

        /** A configuration key the module reads. */
        public Builder setting(String key, String defaultValue, String descriptionSq, String descriptionEn) {
            settings.add(new Setting(key, defaultValue, descriptionSq, descriptionEn, false));
            return this;
        }

        /** A configuration key whose value the console never shows. */
        public Builder secretSetting(String key, String descriptionSq, String descriptionEn) {
            settings.add(new Setting(key, null, descriptionSq, descriptionEn, true));
            return this;
        }

        /** What exports and erases the module's data about a person: a CDI bean of the module. */
        public Builder personalData(Class<? extends PersonalData> handler) {
            personalData.add(bean(handler));
            return this;
        }

        /** What exports and erases the module's data about a person, as an object. */
        public Builder personalData(PersonalData handler) {
            Objects.requireNonNull(handler, "personal data handler");
            personalData.add(() -> handler);
            return this;
        }

        /** The module's pages that take files (a CDI bean of the module, looked up when needed). */
        public Builder uploads(Class<? extends UploadPages> pages) {
            uploadPages.add(bean(pages));
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

        /** The module keeps the platform's documents (a CDI bean of the module; at most one per module). */
        public Builder documents(Class<? extends DocumentArchive> archive) {
            if (documentArchive != null) {
                throw new IllegalArgumentException("Module '" + id + "' declares its document archive twice");
            }
            documentArchive = bean(archive);
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
            for (Class<?> r : restResources) {
                require(restPath(r).equals(id) || restPath(r).startsWith(id + "/"),
                        "REST resource " + r.getName() + " is not under /api/" + id + "/");
            }
            for (String s : stylesheets) {
                require(s.startsWith(prefix) && s.endsWith(".css"), "stylesheet " + s + " is not a .css file under " + prefix);
            }
            for (HeaderNeed h : headerNeeds) {
                require(h.pathPrefix().startsWith(prefix), "header need for " + h.pathPrefix() + " is outside " + prefix);
                require(HeaderNeed.DIRECTIVES.contains(h.directive()),
                        "header need " + h.directive() + " is not one of " + HeaderNeed.DIRECTIVES);
                require(h.value() != null && !h.value().isBlank() && h.value().matches("[^\\r\\n;]+"),
                        "header need " + h.directive() + " has an empty or unsafe value");
            }
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (Setting s : settings) {
                require(s.key().startsWith("rrjeti." + id + "."), "setting " + s.key() + " is not prefixed rrjeti." + id + ".");
                require(keys.add(s.key()), "setting " + s.key() + " is declared twice");
                require(s.descriptionSq() != null && !s.descriptionSq().isBlank() && s.descriptionEn() != null
                        && !s.descriptionEn().isBlank(), "setting " + s.key() + " needs a description in Albanian and English");
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

        private static String restPath(Class<?> resource) {
            jakarta.ws.rs.Path path = resource.getAnnotation(jakarta.ws.rs.Path.class);
            if (path == null) {
                throw new IllegalArgumentException("REST resource " + resource.getName() + " has no @Path");
            }
            String p = path.value();
            return p.startsWith("/") ? p.substring(1) : p;
        }

        private void require(boolean condition, String problem) {
            if (!condition) {
                throw new IllegalArgumentException("Module '" + id + "': " + problem);
            }
        }
    }
}
