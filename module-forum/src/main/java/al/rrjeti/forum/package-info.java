/**
 * The forum: the network's private space for verified CSO and institution members, and the public
 * space where citizens, businesses and media ask, give opinions and request information, with
 * official answers, deadlines for addressed requests, pseudonyms and moderation. A plug-in module:
 * it uses the kernel's SPI and public services only.
 */
package al.rrjeti.forum;
