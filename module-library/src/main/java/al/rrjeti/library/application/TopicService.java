package al.rrjeti.library.application;

import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.domain.PublicationRepository;
import al.rrjeti.library.domain.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The topics publications are filed under: the initiative's six to start with; editors add more. */
@ApplicationScoped
public class TopicService {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    private static final List<Topic> DEFAULTS = List.of(
            new Topic("anti-corruption", "Kundër korrupsionit", "Anti-corruption"),
            new Topic("good-governance", "Qeverisja e mirë", "Good governance"),
            new Topic("justice", "Drejtësia", "Justice"),
            new Topic("whistleblowing", "Sinjalizimi", "Whistle-blowing"),
            new Topic("public-procurement", "Prokurimi publik", "Public procurement"),
            new Topic("integrity", "Integriteti", "Integrity"));

    @Inject
    private PublicationRepository repository;

    @Inject
    private Permissions permissions;

    public List<Topic> all() {
        return repository.topics();
    }

    /** Adds the default topics that are missing; never renames or duplicates. */
    @Transactional
    public void ensureDefaults() {
        for (Topic t : DEFAULTS) {
            if (repository.topic(t.getCode()).isEmpty()) {
                repository.add(new Topic(t.getCode(), t.getName().getSq(), t.getName().getEn()));
            }
        }
    }

    /** An editor adds a topic; its code is made from the English name. */
    @Transactional
    public Topic add(String nameSq, String nameEn) {
        publicChange.fire(PublicContentChanged.of("library"));
        permissions.require(LibraryModule.EDIT);
        checkNames(nameSq, nameEn);
        String code = nameEn.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (code.isEmpty() || code.length() > 40 || repository.topic(code).isPresent()) {
            throw new InvalidInputException("nameEn", "library.topic.exists");
        }
        Topic topic = new Topic(code, nameSq, nameEn);
        repository.add(topic);
        return topic;
    }

    /** An editor renames a topic in both languages; publications keep it. */
    @Transactional
    public void rename(String code, String nameSq, String nameEn) {
        publicChange.fire(PublicContentChanged.of("library"));
        permissions.require(LibraryModule.EDIT);
        checkNames(nameSq, nameEn);
        repository.topic(code).orElseThrow(() -> new InvalidInputException("nameSq", "library.topic.unknown"))
                .rename(nameSq, nameEn);
    }

    private static void checkNames(String sq, String en) {
        List<InvalidInputException.Violation> v = new java.util.ArrayList<>();
        if (sq == null || sq.isBlank() || sq.strip().length() > 120) {
            v.add(new InvalidInputException.Violation("nameSq", "input.length", 1, 120));
        }
        if (en == null || en.isBlank() || en.strip().length() > 120) {
            v.add(new InvalidInputException.Violation("nameEn", "input.length", 1, 120));
        }
        InvalidInputException.throwIfAny(v);
    }
}
