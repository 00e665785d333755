package al.rrjeti.library.application;

import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.library.domain.PublicationDetails;
import al.rrjeti.library.domain.PublicationRepository;
import al.rrjeti.library.domain.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a publication's details must look like before anyone sees them. */
@ApplicationScoped
public class PublicationRules {

    /** Languages a document may be in; "other" for anything else. */
    public static final Set<String> LANGUAGES = Set.of("sq", "en", "other");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{3,490}");

    @Inject
    private PublicationRepository repository;

    @Inject
    private PlatformClock clock;

    /** @param noFiles true when nothing is attached: an external link is then required */
    public void check(PublicationDetails d, boolean noFiles) {
        List<Violation> v = new ArrayList<>();
        if (d.kind() == null) {
            v.add(new Violation("kind", "input.required"));
        }
        boolean noTitle = blank(d.titleSq()) && blank(d.titleEn());
        if (noTitle) {
            v.add(new Violation("titleSq", "library.title.required"));
        }
        length(v, "titleSq", d.titleSq(), 300);
        length(v, "titleEn", d.titleEn(), 300);
        length(v, "summarySq", d.summarySq(), 4000);
        length(v, "summaryEn", d.summaryEn(), 4000);
        length(v, "licence", d.licence(), 200);
        length(v, "source", d.source(), 300);
        if (d.publishedOn() == null) {
            v.add(new Violation("publishedOn", "input.required"));
        } else if (d.publishedOn().isAfter(clock.now().atZone(ZoneOffset.UTC).toLocalDate().plusDays(1))) {
            v.add(new Violation("publishedOn", "library.date.future"));
        }
        if (d.documentLanguage() == null || !LANGUAGES.contains(d.documentLanguage())) {
            v.add(new Violation("documentLanguage", "input.required"));
        }
        if (!blank(d.externalUrl()) && !URL.matcher(d.externalUrl().strip()).matches()) {
            v.add(new Violation("externalUrl", "organisation.website.invalid"));
        }
        if (noFiles && blank(d.externalUrl())) {
            v.add(new Violation("document", "library.file.required"));
        }
        Set<Long> known = repository.topics().stream().map(Topic::getId).collect(Collectors.toSet());
        if (!known.containsAll(d.topicIds())) {
            v.add(new Violation("topics", "library.topic.unknown"));
        }
        InvalidInputException.throwIfAny(v);
    }

    /** A reviewer's comment: needed when sending back or rejecting. */
    public String comment(String comment) {
        if (comment == null || comment.strip().length() < 5 || comment.length() > 2000) {
            throw new InvalidInputException("comment", "library.comment.required");
        }
        return comment.strip();
    }

    private static void length(List<Violation> v, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            v.add(new Violation(field, "input.length", 0, max));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
