package al.rrjeti.forum.web;

import al.rrjeti.forum.application.ForumAccess;
import al.rrjeti.forum.application.ForumReading;
import al.rrjeti.forum.application.ForumReading.CategoryView;
import al.rrjeti.forum.application.ForumReading.ThreadSummary;
import al.rrjeti.forum.domain.Category;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** {@code forum/index.xhtml}: the two spaces and their categories; also the home page's widget. */
@Named
@RequestScoped
public class ForumBacking {

    @Inject
    private ForumReading reading;

    @Inject
    private ForumAccess access;

    @Inject
    private CurrentLanguage language;

    @Inject
    private DateTimes dateTimes;

    public boolean isNetworkReader() {
        return access.mayRead(Space.NETWORK);
    }

    public List<CategoryView> getPublicCategories() {
        return reading.overview(Space.PUBLIC, language.getLocale());
    }

    public List<CategoryView> getNetworkCategories() {
        return isNetworkReader() ? reading.overview(Space.NETWORK, language.getLocale()) : List.of();
    }

    public List<ThreadSummary> getLatestPublic() {
        return reading.latest(Space.PUBLIC, 0, 5, language.getLocale());
    }

    public boolean isModerator() {
        return access.isModerator();
    }

    public boolean isManager() {
        return access.mayManage();
    }

    public String name(Category c) {
        return c.name(language.getLocale());
    }

    public String descriptionLanguage(Category c) {
        return c.descriptionLanguage(language.getLocale());
    }

    public String description(Category c) {
        return c.description(language.getLocale());
    }

    public String when(Instant at) {
        return dateTimes.dateTime(at, language.getLocale());
    }
}
