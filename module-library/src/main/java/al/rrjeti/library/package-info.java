/**
 * The public information library: monitoring reports, studies, legal acts, guides and videos,
 * submitted by verified organisations and reviewed by editors. A plug-in module: it uses the
 * kernel's SPI and public services only.
 */
package al.rrjeti.library;
