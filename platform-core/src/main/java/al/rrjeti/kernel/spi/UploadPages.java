package al.rrjeti.kernel.spi;

import java.util.Map;

/**
 * Pages that take files. The kernel reads a multipart form post only on a page declared here,
 * only from a logged-in caller, and only up to the page's own limit; anywhere else a multipart
 * body is refused before a byte of it is read. A module names its bean in its descriptor
 * ({@link ModuleDescriptor.Builder#uploads}); a switched-off module's pages take no uploads.
 */
public interface UploadPages {

    /**
     * @return each page's path inside the application (e.g. {@code /forum/new.xhtml}) with the
     *         largest form post it accepts, in bytes: its files' own limits plus room for the fields
     */
    Map<String, Long> uploadPages();

    /** Room for a form's fields and multipart framing, on top of its files. */
    long FORM_ROOM = 1024L * 1024;
}
