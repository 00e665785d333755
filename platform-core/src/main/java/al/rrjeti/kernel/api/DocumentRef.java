package al.rrjeti.kernel.api;

/**
 * A document of the platform's archive, as another module links it.
 *
 * @param id    the archive's own id, stable, to store in the linking module
 * @param title the title in the reader's language (the other when only that exists)
 * @param path  the document's page, e.g. {@code /library/publication.xhtml?id=12}
 */
public record DocumentRef(String id, String title, String path) {
}
