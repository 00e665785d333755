package al.rrjeti.library.application;

import al.rrjeti.kernel.security.Permissions;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.domain.PublicationRepository;
import al.rrjeti.library.domain.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The topics publications are filed under: the initiative's six to start with; editors add more. */
@ApplicationScoped
public class TopicService {

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
                repository.add(new Topic(t.getCode(), t.getNameSq(), t.getNameEn()));
            }
        }
    }

    /** An editor adds a topic. */
    @Transactional
    public Topic add(String code, String nameSq, String nameEn) {
        permissions.require(LibraryModule.EDIT);
        Topic topic = new Topic(code, nameSq, nameEn);
        repository.add(topic);
        return topic;
    }
}
