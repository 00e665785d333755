package al.rrjeti.forum.web;

import al.rrjeti.forum.application.ForumAccess;
import al.rrjeti.forum.application.ForumPosting;
import al.rrjeti.forum.application.ForumReading;
import al.rrjeti.forum.application.ForumReading.CategoryPage;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/** {@code forum/category.xhtml}: a category's threads, paged; follow the category. */
@Named("forumCategoryBacking")
@ViewScoped
public class CategoryBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient ForumReading reading;

    @Inject
    private transient ForumPosting posting;

    @Inject
    private transient ForumAccess access;

    @Inject
    private transient Caller user;

    @Inject
    private transient CurrentLanguage language;

    @Inject
    private transient DateTimes dateTimes;

    @Inject
    private transient Messages messages;

    private Long id;
    private int page = 1;
    private transient CategoryPage loaded;

    /** 404 for an unknown category; the network's: log in first, 403 for others. */
    public void load() {
        loaded = Pages.read(() -> reading.category(id, page - 1, language.getLocale()), user.isLoggedIn());
    }

    public CategoryPage getView() {
        if (loaded == null && id != null) {
            loaded = reading.category(id, page - 1, language.getLocale());
        }
        return loaded;
    }

    public boolean isMayPost() {
        return getView() != null && access.mayPost(getView().category().getSpace());
    }

    public boolean isLoggedIn() {
        return user.isLoggedIn();
    }

    public boolean isFollowing() {
        return posting.follows(null, id);
    }

    public void follow(boolean follow) {
        messages.attempt("category", () -> posting.followCategory(id, follow),
                follow ? "forum.category.followed" : "forum.category.unfollowed");
    }

    public String name() {
        return getView().category().name(language.getLocale());
    }

    public String descriptionLanguage() {
        return getView().category().descriptionLanguage(language.getLocale());
    }

    public String description() {
        return getView().category().description(language.getLocale());
    }

    public String when(Instant at) {
        return dateTimes.dateTime(at, language.getLocale());
    }

    public String date(java.time.LocalDate d) {
        return DateTimes.day(d);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }
}
