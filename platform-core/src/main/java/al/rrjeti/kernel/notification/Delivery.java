package al.rrjeti.kernel.notification;

/** How a person wants a type of notification by mail. */
public enum Delivery {
    IMMEDIATELY, DAILY_DIGEST, OFF
}
