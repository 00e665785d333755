package al.rrjeti.library.web;

import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.library.domain.InfoText;
import al.rrjeti.library.application.InformationPackage;
import al.rrjeti.library.domain.InfoEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code library/info/}: the initial information package, one section per page. */
@Named("libraryInfoBacking")
@RequestScoped
public class InfoBacking {

    /** An entry with its imported fields. */
    public record Item(InfoEntry entry, Map<String, Object> data) {
    }

    /** One year of the Corruption Perceptions Index. */
    public record Score(Object year, Number score, Object rank, Object of, String source) {
    }

    @Inject
    private InformationPackage pack;


    @Inject
    private CurrentLanguage language;

    @Inject
    private LibraryTexts texts;

    private String s;

    public List<String> getSections() {
        return InformationPackage.SECTIONS;
    }

    public boolean isKnownSection() {
        return s != null && InformationPackage.SECTIONS.contains(s);
    }

    public List<Item> getItems() {
        return isKnownSection() ? pack.section(s).stream().map(e -> new Item(e, pack.data(e))).toList() : List.of();
    }

    /** A text field ({@code field_sq}/{@code field_en}) in the reader's language, or the other one, marked. */
    public InfoText text(Map<String, Object> data, String field) {
        return InfoText.of(data, field, language.get());
    }

    /** The entry's title with its language; null when the entry has none (its items speak for it). */
    public InfoText heading(Item item) {
        return InfoText.of(item.entry().getTitle(), language.get());
    }

    /** The sub-entries of a group entry ("other bodies", "other laws"…), each a map of fields. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> subItems(Map<String, Object> data) {
        return data.get("items") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    /** The articles of a code (article number with its title), as maps of fields. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> articles(Map<String, Object> data) {
        return data.get("articles") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    /** The entry's facts, each with text, sources and status. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> facts(Map<String, Object> data) {
        return data.get("facts") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    /** The label of a verification status; empty when there is none. */
    public String status(Object status) {
        return status == null ? "" : texts.text("library.info.status." + status);
    }

    public List<String> sources(Map<String, Object> data) {
        return text(data, "sources").items().stream().filter(src -> src.startsWith("http")).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Score> getCpi() {
        List<Score> scores = new ArrayList<>();
        for (InfoEntry e : pack.section("indicators")) {
            if (pack.data(e).get("series") instanceof List<?> series) {
                for (Object row : series) {
                    Map<String, Object> r = (Map<String, Object>) row;
                    if (r.get("score") instanceof Number n) {
                        scores.add(new Score(r.get("year"), n, r.get("rank"), r.get("of"), (String) r.get("source")));
                    }
                }
            }
        }
        return scores;
    }

    /** Figures of a perception survey: label and percentage (null when the figure is not a share). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> figures(Map<String, Object> data) {
        return data.get("figures") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    /** The verified organisation of the directory a CSO entry describes, if it joined. */
    public OrganisationRef inDirectory(Item item) {
        return pack.inDirectory(item.data());
    }

    public String getS() {
        return s;
    }

    public void setS(String s) {
        this.s = s;
    }
}
