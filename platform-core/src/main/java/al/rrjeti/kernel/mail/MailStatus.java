package al.rrjeti.kernel.mail;

/** Where a stored message is. */
public enum MailStatus {
    /** Waiting to go out over SMTP. */
    QUEUED,
    /** Delivered to the SMTP server. */
    SENT,
    /** SMTP refused it or could not be reached; retried later. */
    FAILED,
    /** No SMTP server is configured: the message is read in the outbox page. */
    OUTBOX
}
