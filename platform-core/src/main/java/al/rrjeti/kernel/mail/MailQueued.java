package al.rrjeti.kernel.mail;

/** A message was stored for SMTP; delivered once its transaction commits. */
record MailQueued(Long messageId) {
}
