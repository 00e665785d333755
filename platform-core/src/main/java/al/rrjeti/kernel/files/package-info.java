/**
 * The kernel's file store: uploads typed by their content (Apache Tika), size-limited, kept once
 * per content hash in the data directory, described in {@code core_file}. Modules store and
 * serve files through it.
 */
package al.rrjeti.kernel.files;
