package al.rrjeti.library.infrastructure;

import al.rrjeti.kernel.files.FileAccessRule;
import al.rrjeti.kernel.files.StoredFile;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.library.LibraryModule;
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

    @Inject
    private ModuleRegistry registry;

    @Override
    public Optional<Boolean> mayRead(StoredFile file, CurrentUser user) {
        if (!registry.isActive(LibraryModule.ID)) {
            return Optional.empty();
        }
        return repository.owningFile(file.getId()).map(p -> catalogue.get(p.getId()).isPresent());
    }
}
