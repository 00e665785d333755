package al.rrjeti.campaigns.domain;

/** A place at an event, or a place in the queue for one. */
public enum RegistrationStatus {
    REGISTERED, WAITING;

    public String messageKey() {
        return "campaigns.registration.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
