package al.rrjeti.kernel.notification;

/** Where a notification is on its way to the mailbox. */
enum MailState {
    /** Not to be mailed. */
    NONE,
    /** Waits for the next daily digest. */
    DIGEST,
    /** Mailed, alone or in a digest: never again. */
    SENT
}
