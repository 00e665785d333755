package al.rrjeti.library.application;

import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationDetails;
import al.rrjeti.library.domain.PublicationFile;
import al.rrjeti.library.domain.PublicationKind;
import al.rrjeti.library.domain.PublicationRepository;
import al.rrjeti.library.domain.SeededPublication;
import al.rrjeti.library.domain.Topic;
import al.rrjeti.library.domain.TutorialSlot;
import al.rrjeti.library.infrastructure.LibrarySearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts the platform's two video tutorials, recorded from the platform itself (the library's
 * {@code TutorialRecorder}: narration in Albanian, captions in Albanian and English), into the
 * library and into the tutorial places on first start. Seeded once per tutorial: an editor who
 * later puts another video in a place, or unpublishes these, keeps their choice.
 */
@ApplicationScoped
public class TutorialSeed {

    private static final Logger LOG = Logger.getLogger(TutorialSeed.class.getName());
    private static final String BUNDLE = "META-INF/rrjeti/library/tutorials/";
    /** Cue numbers and timings of a WebVTT file: what is left is the spoken text, for search. */
    private static final Pattern VTT_NOISE = Pattern.compile("(?m)^(WEBVTT|\\d+|[\\d:.]+ --> [\\d:.]+)$");

    /** One bundled tutorial: its place, and its title and summary in both languages. */
    record Bundled(String slot, String titleSq, String titleEn, String summarySq, String summaryEn) {
    }

    static final List<Bundled> BUNDLED = List.of(
            new Bundled(TutorialSlot.CITIZENS,
                    "Si të përdorni Rrjetin: udhëzues për qytetarët dhe bizneset",
                    "How to use Rrjeti: a tutorial for citizens and businesses",
                    "Si të gjeni informacion në bibliotekë, si të regjistroheni dhe si të bëni një pyetje në forumin publik.",
                    "How to find information in the library, register, and ask a question in the public forum."),
            new Bundled(TutorialSlot.NETWORK,
                    "Organizata juaj në rrjet: udhëzues për OShC-të dhe institucionet",
                    "Your organisation in the network: a tutorial for CSOs and institutions",
                    "Si regjistrohet organizata, si verifikohet dhe si punon forumi i rrjetit.",
                    "How the organisation registers, how it is verified, and how the network forum works."));

    @PersistenceContext(unitName = "rrjeti-library")
    private EntityManager em;

    @Inject
    private PublicationRepository repository;

    @Inject
    private StoredFiles files;

    @Inject
    private LibrarySearch search;

    @Inject
    private LibraryCatalogue catalogue;

    @Inject
    private PlatformClock clock;

    /**
     * In a transaction of its own, so that a bundled file the store refuses costs the tutorials,
     * never the rest of the library's seeding.
     *
     * @return how many tutorials were added
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int ensureBundled() {
        int added = 0;
        for (Bundled tutorial : BUNDLED) {
            String key = "tutorial-" + tutorial.slot();
            if (em.find(SeededPublication.class, key) == null && bundled(tutorial.slot() + ".webm")) {
                add(key, tutorial);
                added++;
            }
        }
        if (added > 0) {
            catalogue.changed();
        }
        int count = added;
        LOG.info(() -> "Library tutorials seeded: " + count);
        return added;
    }

    private void add(String key, Bundled tutorial) {
        Long topicId = repository.topic("anti-corruption").map(Topic::getId).orElse(null);
        PublicationDetails details = new PublicationDetails(PublicationKind.VIDEO, tutorial.titleSq(),
                tutorial.titleEn(), tutorial.summarySq(), tutorial.summaryEn(),
                clock.now().atZone(ZoneOffset.UTC).toLocalDate(), "sq", null, "CC BY 4.0", "Rrjeti",
                topicId == null ? Set.of() : Set.of(topicId), Set.of());
        Publication p = Publication.submit(details, SeededPublication.PLATFORM, null, clock.now());
        p.publish(clock.now());
        repository.add(p);
        em.flush();
        FileRef video = store(tutorial.slot() + ".webm", LibraryFileKinds.video(500), "video");
        FileRef sq = store(tutorial.slot() + ".sq.vtt", LibraryFileKinds.CAPTIONS, "captions");
        FileRef en = store(tutorial.slot() + ".en.vtt", LibraryFileKinds.CAPTIONS, "captionsEn");
        PublicationFile file = new PublicationFile(p.getId(), 1, 1, video.getId(), sq.getId(),
                SeededPublication.PLATFORM, clock.now());
        file.setCaptionsEnFileId(en.getId());
        file.setExtractedText(spoken(tutorial.slot() + ".sq.vtt") + "\n" + spoken(tutorial.slot() + ".en.vtt"));
        repository.add(file);
        em.persist(new SeededPublication(key, p.getId(), null, clock.now().atZone(ZoneOffset.UTC).toLocalDate(),
                false));
        TutorialSlot slot = em.find(TutorialSlot.class, tutorial.slot());
        if (slot == null) {
            em.persist(new TutorialSlot(tutorial.slot(), p.getId()));
        } else if (slot.getPublicationId() == null) {
            slot.assign(p.getId());
        }
        search.changed(p);
    }

    private static boolean bundled(String name) {
        return TutorialSeed.class.getClassLoader().getResource(BUNDLE + name) != null;
    }

    private FileRef store(String name, al.rrjeti.kernel.api.files.FileKind kind, String field) {
        try (InputStream in = open(name)) {
            return files.store(in, name, kind, field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String spoken(String name) {
        try (InputStream in = open(name)) {
            String vtt = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return VTT_NOISE.matcher(vtt).replaceAll("").lines().filter(l -> !l.isBlank())
                    .collect(Collectors.joining(" "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = TutorialSeed.class.getClassLoader().getResourceAsStream(BUNDLE + name);
        if (in == null) {
            throw new IOException("missing bundled tutorial file " + name);
        }
        return in;
    }
}
