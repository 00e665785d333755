package al.rrjeti.kernel.spi;

import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.files.FileRef;
import java.util.Optional;

/**
 * Who may download a stored file. A module that stores files names its rule in its descriptor
 * ({@link ModuleDescriptor.Builder#files}); the file servlet asks the rules of active modules
 * only, and serves a file when some rule says yes.
 */
public interface FileAccessRule {

    /** @return yes or no when the rule knows the file, empty when it is not its file */
    Optional<Boolean> mayRead(FileRef file, Caller caller);
}
