package al.rrjeti.forum.web;

import al.rrjeti.forum.application.CategoryService;
import al.rrjeti.forum.application.ForumAccess;
import al.rrjeti.forum.domain.Category;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code forum/categories.xhtml}: editors name, describe and add the categories of both spaces. */
@Named("forumCategoriesBacking")
@RequestScoped
public class CategoriesBacking {

    @Inject
    private CategoryService categories;

    @Inject
    private ForumAccess access;

    @Inject
    private Messages messages;

    private Space space = Space.PUBLIC;
    private String nameSq;
    private String nameEn;
    private String descriptionSq;
    private String descriptionEn;
    private final Map<Long, String[]> edits = new HashMap<>();

    public void requireManager() {
        if (!access.mayManage()) {
            Pages.forbidden();
        }
    }

    public List<Space> getSpaces() {
        return List.of(Space.values());
    }

    public List<Category> of(Space s) {
        List<Category> all = categories.of(s);
        all.forEach(c -> edits.putIfAbsent(c.getId(), new String[] {c.getNameSq(), c.getNameEn(),
                c.getDescriptionSq(), c.getDescriptionEn()}));
        return all;
    }

    public Map<Long, String[]> getEdits() {
        return edits;
    }

    public void save(Long id) {
        String[] e = edits.get(id);
        messages.attempt("categories", () -> categories.update(id, e[0], e[1], e[2], e[3]), "forum.category.saved");
    }

    public void add() {
        if (messages.attempt("add", () -> categories.add(space, nameSq, nameEn, descriptionSq, descriptionEn),
                "forum.category.added")) {
            nameSq = null;
            nameEn = null;
            descriptionSq = null;
            descriptionEn = null;
        }
    }

    public Space getSpace() {
        return space;
    }

    public void setSpace(Space space) {
        this.space = space;
    }

    public String getNameSq() {
        return nameSq;
    }

    public void setNameSq(String nameSq) {
        this.nameSq = nameSq;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionSq() {
        return descriptionSq;
    }

    public void setDescriptionSq(String descriptionSq) {
        this.descriptionSq = descriptionSq;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }
}
