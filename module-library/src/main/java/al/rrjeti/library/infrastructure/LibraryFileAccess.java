package al.rrjeti.library.infrastructure;

import al.rrjeti.kernel.spi.FileAccessRule;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.library.application.LibraryCatalogue;
import al.rrjeti.library.domain.PublicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Library files: anyone may have those of a published publication; others, those who may see it. */
@ApplicationScoped
public class LibraryFileAccess implements FileAccessRule {

    @Inject
    private PublicationRepository repository;

    @Inject
    private LibraryCatalogue catalogue;

    @Override
    public Optional<Boolean> mayRead(FileRef file, Caller user) {
        return repository.owningFile(file.getId()).map(p -> catalogue.get(p.getId()).isPresent());
    }
}
