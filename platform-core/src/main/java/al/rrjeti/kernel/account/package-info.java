/**
 * Accounts as their owners use them: registration with a confirmed e-mail address, password
 * reset, profile, change of e-mail and password, deletion. One-time links are {@link
 * al.rrjeti.kernel.account.OneTimeToken}s, stored only as hashes.
 */
package al.rrjeti.kernel.account;
