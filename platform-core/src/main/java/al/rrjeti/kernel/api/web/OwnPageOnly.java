package al.rrjeti.kernel.api.web;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST resource method (or a whole resource) that changes something with the caller's
 * login — the session or "remember me" cookie the browser adds by itself — and is meant to be
 * called from the platform's own pages only: the request must carry the header {@value #HEADER}
 * (any value), or the kernel answers 403 ({@link ApiError}) before the resource runs. A form on
 * another site cannot send a header of its own, and a script on another site may not without
 * CORS, which the platform does not allow: this is the REST API's protection against cross-site
 * requests, as the view state is the pages' own. A page's script adds the header to its
 * {@code fetch} calls; the method documents it as a required header parameter.
 *
 * <p>Not for what other sites or mail programs call on purpose without a login (a one-click
 * unsubscribe with its token, an anonymous beacon): those carry their own proof or change nothing
 * of the caller's.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OwnPageOnly {

    /** The header the platform's pages send with their REST changes. */
    String HEADER = "X-Rrjeti-Request";
}
