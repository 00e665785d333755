package al.rrjeti.kernel.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A person as modules see them: a reference to an account, never the account itself. Modules
 * store the id and ask {@link People} for the rest when they show it, so a rename shows at once
 * and the kernel alone decides what of an account is visible.
 */
public final class Person {

    private final Long id;
    private final String displayName;
    private final String email;
    private final Locale language;
    private final boolean deleted;

    public Person(Long id, String displayName, String email, Locale language, boolean deleted) {
        this.id = Objects.requireNonNull(id, "id");
        this.displayName = displayName;
        this.email = email;
        this.language = language == null ? new Locale("sq") : language;
        this.deleted = deleted;
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The address the kernel mails; modules mail through the kernel, never store it. */
    public String getEmail() {
        return email;
    }

    /** The language the person reads the platform in. */
    public Locale getLanguage() {
        return language;
    }

    /** A deleted account keeps what it wrote but not its name. */
    public boolean isDeleted() {
        return deleted;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Person " + id;
    }
}
