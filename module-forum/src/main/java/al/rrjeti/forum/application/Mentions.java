package al.rrjeti.forum.application;

import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.forum.infrastructure.ForumRepository;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * @mentions in posts. The composer writes them as {@code @[Name](user:12)} or
 * {@code @[OrganisationRef](org:3)}; the name shown is always the current one from the directory, so a
 * mention cannot be made to look like someone else.
 */
@ApplicationScoped
public class Mentions {

    static final Pattern TOKEN = Pattern.compile("@\\[([^\\]\\n]{1,120})\\]\\((user|org):(\\d{1,12})\\)");

    @Inject
    private People accounts;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private ForumRepository repository;

    @Inject
    private ForumAccess access;

    @Inject
    private People people;

    /** At most this many suggestions while typing a mention. */
    static final int SUGGESTIONS = 8;

    /** Who a text mentions. */
    public record Mentioned(Set<Long> accounts, Set<Long> organisations) {
    }

    public Mentioned in(String text) {
        Set<Long> users = new LinkedHashSet<>();
        Set<Long> orgs = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            ("user".equals(m.group(2)) ? users : orgs).add(Long.valueOf(m.group(3)));
        }
        return new Mentioned(users, orgs);
    }

    /**
     * What the composer offers while a mention is typed ({@code @} and at least two letters of a name):
     * verified organisations, and the people who wrote in the thread under their own name (their names
     * are on its page already; nobody else's account is revealed). Each suggestion is the mention as it
     * will be written.
     */
    public List<String> suggest(String typed, Long threadId, Locale reader) {
        if (typed == null || !typed.startsWith("@") || typed.startsWith("@[")) {
            return List.of();
        }
        String part = fold(typed.substring(1));
        if (part.length() < 2) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        if (threadId != null) {
            ForumThread t = repository.thread(threadId).orElse(null);
            if (t != null && access.mayRead(t.getSpace()) && t.isVisible()) {
                people.displayNames(repository.participants(threadId), reader).entrySet().stream()
                        .filter(e -> e.getValue() != null && fold(e.getValue()).contains(part))
                        .sorted(Map.Entry.comparingByValue())
                        .forEach(e -> found.add("@[" + plain(e.getValue()) + "](user:" + e.getKey() + ")"));
            }
        }
        organisations.verified(null, null).stream().filter(o -> fold(o.getName()).contains(part))
                .forEach(o -> found.add("@[" + plain(o.getName()) + "](org:" + o.getId() + ")"));
        return found.stream().limit(SUGGESTIONS).toList();
    }

    /** Lower case without accents, so that "ceshtje" finds "Çështje". */
    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** A name as it may stand between the brackets of a mention. */
    private static String plain(String name) {
        return name.replaceAll("[\\[\\]\\n]", " ").strip();
    }

    /**
     * The Markdown with each mention written as the current name, but only for what every reader of
     * the space may see already: a verified organisation (linked to its public page), or a person who
     * wrote under their own name where these readers read (the public forum; for the network, either).
     * Any other id, the operator's or an unverified organisation's, stays the text its writer typed,
     * so a mention cannot be used to learn a name.
     */
    public String toMarkdown(String text, Space space) {
        Mentioned who = in(text);
        Map<Long, Person> people = accounts.byIds(who.accounts());
        Set<Long> known = who.accounts().isEmpty() ? Set.of()
                : repository.namedWriters(who.accounts(), space == Space.NETWORK ? EnumSet.allOf(Space.class)
                        : EnumSet.of(Space.PUBLIC));
        Map<Long, OrganisationRef> orgs = organisations.byIds(who.organisations());
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long id = Long.parseLong(m.group(3));
            String replacement;
            if ("user".equals(m.group(2))) {
                Person a = people.get(id);
                replacement = a == null || a.isDeleted() || !known.contains(id)
                        ? escape(m.group(1)) : "**@" + escape(a.getDisplayName()) + "**";
            } else {
                OrganisationRef o = orgs.get(id);
                replacement = o == null || !o.isVerified() ? escape(m.group(1))
                        : "[@" + escape(o.getName()) + "](/organisations/view.xhtml?id=" + id + ")";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Markdown's special characters made literal, so that a name cannot inject markup. */
    static String escape(String s) {
        return s.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", "\\\\$1");
    }
}
