/**
 * Chat for the network: rooms of the whole network, of working groups and direct conversations
 * between verified CSO and institution members, with messages pushed to every member's browser.
 * Only members of verified organisations reach it; every service checks so itself.
 */
package al.rrjeti.chat;
