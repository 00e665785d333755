/**
 * Mail in the recipient's language, HTML and plain text. Every message is stored first; it goes
 * out over SMTP when one is configured, otherwise it waits in the outbox that the operator reads
 * in the browser, so that sign-up works on a bare machine.
 */
package al.rrjeti.kernel.mail;
