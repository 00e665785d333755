/**
 * The plug-in contract. A module depends on this package (and the kernel's other public
 * services) only; it describes itself with exactly one {@link al.rrjeti.kernel.spi.PlatformModule}
 * bean and never imports another module.
 */
package al.rrjeti.kernel.spi;
