package al.rrjeti.kernel.files;

import al.rrjeti.kernel.security.CurrentUser;
import java.util.Optional;

/**
 * Who may download a stored file. Whoever stores files (the kernel, a module) provides a rule
 * as a CDI bean; the file servlet serves a file only when some rule says yes.
 */
public interface FileAccessRule {

    /** @return yes or no when the rule knows the file, empty when it is not its file */
    Optional<Boolean> mayRead(StoredFile file, CurrentUser user);
}
