/**
 * Organisations of the network (CSOs, institutions, businesses, media): registration, the
 * moderators' verification, members and their representative, and the public directory.
 * Membership of a verified organisation is what gives an account its network role.
 */
package al.rrjeti.kernel.organisation;
