package al.rrjeti.library.web;

import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.library.application.LibraryCatalogue;
import al.rrjeti.library.application.TopicService;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationKind;
import al.rrjeti.library.domain.PublicationQuery;
import al.rrjeti.library.domain.Topic;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code library/index.xhtml}: the catalogue with its facets, sort and pages (all in the address). */
@Named
@RequestScoped
public class LibraryBacking {

    /** A facet value with its label, count, and the address that selects (or clears) it. */
    public record FacetValue(String label, long count, String href, boolean selected) {
    }

    @Inject
    private LibraryCatalogue catalogue;

    @Inject
    private TopicService topics;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private CurrentLanguage language;

    @Inject
    private LibraryTexts texts;

    private String kind;
    private Long topic;
    private Long organisation;
    private Integer year;
    private String lang;
    private String q;
    private String sort;
    private int page;
    private LibraryCatalogue.Page result;
    private List<Topic> topicList;

    public LibraryCatalogue.Page getResult() {
        if (result == null) {
            result = catalogue.search(query());
        }
        return result;
    }

    private PublicationQuery query() {
        PublicationQuery.Sort s = "oldest".equals(sort) ? PublicationQuery.Sort.OLDEST
                : "title".equals(sort) ? PublicationQuery.Sort.TITLE : PublicationQuery.Sort.NEWEST;
        return new PublicationQuery(PublicationKind.fromKey(kind), topic, organisation, year,
                lang == null || lang.isBlank() ? null : lang, q, s, Math.max(0, page - 1), 20);
    }

    public List<FacetValue> facet(String name) {
        List<FacetValue> values = new ArrayList<>();
        for (Map.Entry<Object, Long> e : getResult().facets().get(name).entrySet()) {
            String value = value(name, e.getKey());
            boolean selected = value.equals(current(name));
            values.add(new FacetValue(label(name, e.getKey()), e.getValue(), href(name, selected ? null : value),
                    selected));
        }
        return values;
    }


    public int getPages() {
        return (int) Math.max(1, (getResult().total() + 19) / 20);
    }

    public int getCurrentPage() {
        return Math.max(1, page);
    }

    /** The address of this list with one parameter changed (null removes it); the page goes back to 1. */
    public String href(String name, String value) {
        StringBuilder h = new StringBuilder("?");
        append(h, "kind", "kind".equals(name) ? value : kind);
        append(h, "topic", "topic".equals(name) ? value : str(topic));
        append(h, "organisation", "organisation".equals(name) ? value : str(organisation));
        append(h, "year", "year".equals(name) ? value : str(year));
        append(h, "lang", "language".equals(name) ? value : lang);
        append(h, "q", q);
        append(h, "sort", "sort".equals(name) ? value : sort);
        if ("page".equals(name)) {
            append(h, "page", value);
        }
        return h.length() == 1 ? "?" : h.substring(0, h.length() - 1);
    }

    private static void append(StringBuilder h, String key, String value) {
        if (value != null && !value.isBlank()) {
            h.append(key).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
                    .append('&');
        }
    }

    private String current(String facet) {
        return switch (facet) {
            case "kind" -> kind;
            case "topic" -> str(topic);
            case "organisation" -> str(organisation);
            case "year" -> str(year);
            default -> lang;
        };
    }

    private static String value(String facet, Object key) {
        return key instanceof PublicationKind k ? k.key() : String.valueOf(key);
    }

    private String label(String facet, Object key) {
        return switch (facet) {
            case "kind" -> texts.text(((PublicationKind) key).messageKey());
            case "topic" -> getTopics().stream().filter(t -> t.getId().equals(key)).findFirst()
                    .map(t -> t.getName().in(language.getLocale())).orElse(String.valueOf(key));
            case "organisation" -> organisations.find((Long) key).map(o -> o.getName()).orElse(String.valueOf(key));
            case "language" -> texts.text("library.language." + key);
            default -> String.valueOf(key);
        };
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** The topics, read once per request (facet labels ask for them value by value). */
    public List<Topic> getTopics() {
        if (topicList == null) {
            topicList = topics.all();
        }
        return topicList;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getTopic() {
        return topic;
    }

    public void setTopic(Long topic) {
        this.topic = topic;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
