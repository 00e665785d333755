package al.rrjeti.library.application;

/**
 * What one visit of an address found.
 *
 * @param ok      whether it answered with a page (2xx, or 3xx that led to one)
 * @param status  the HTTP status, or null when nothing answered
 * @param problem what went wrong, for the editors; null when ok
 */
public record LinkCheck(boolean ok, Integer status, String problem) {
}
