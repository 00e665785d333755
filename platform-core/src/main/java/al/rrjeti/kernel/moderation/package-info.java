/**
 * Moderation queues: the kernel's own (organisations awaiting verification) and those the active
 * modules declare ({@link al.rrjeti.kernel.spi.ModerationQueue}), with their counts for the staff
 * menu.
 */
package al.rrjeti.kernel.moderation;
