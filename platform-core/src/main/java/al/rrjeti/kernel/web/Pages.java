package al.rrjeti.kernel.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import al.rrjeti.kernel.files.Upload;

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
