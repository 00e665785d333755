package al.rrjeti.kernel.api.files;

import java.io.InputStream;

/** A file as it arrives from a form: its bytes and the name the sender gave it. */
public record Upload(InputStream content, String name) {
}
