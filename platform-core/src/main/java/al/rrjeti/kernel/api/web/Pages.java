package al.rrjeti.kernel.api.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import al.rrjeti.kernel.api.files.Upload;

/** Small things every module's backing beans need, done once. */
public final class Pages {

    private Pages() {
    }

    /** Ends the request with 404 (the error page in the visitor's language follows). */
    public static void notFound() {
        sendError(404);
    }

    /** Ends the request with 403. */
    public static void forbidden() {
        sendError(403);
    }

    /**
     * Refuses the page: a visitor who is not logged in is sent to log in (and brought back after),
     * a logged-in one gets 403.
     */
    public static void refuse(boolean loggedIn) {
        if (loggedIn) {
            forbidden();
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        jakarta.servlet.http.HttpServletRequest request =
                (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            faces.getExternalContext().redirect(request.getContextPath() + "/login.xhtml?continue="
                    + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8));
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads what a page shows: a refusal of the service ends the request as {@link #refuse} does,
     * something unknown as 404; either way the result is null and nothing renders.
     */
    public static <T> T read(java.util.function.Supplier<T> reader, boolean loggedIn) {
        try {
            return reader.get();
        } catch (al.rrjeti.kernel.api.AccessDeniedException e) {
            refuse(loggedIn);
        } catch (al.rrjeti.kernel.api.BusinessException e) {
            notFound();
        }
        return null;
    }

    /** A file from a form's {@code h:inputFile}, or null when none was chosen. */
    public static Upload upload(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try {
            return new Upload(part.getInputStream(), part.getSubmittedFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
