package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.TopicSubscriptions;
import al.rrjeti.campaigns.domain.Topic;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code campaigns/topics.xhtml}: the audiences and themes a person follows, on their own account's side. */
@Named("campaignsTopicsBacking")
@RequestScoped
public class CampaignsTopicsBacking {

    @Inject
    private TopicSubscriptions topics;

    @Inject
    private Messages messages;

    private List<String> audiences;
    private List<String> themes;

    @PostConstruct
    void load() {
        Set<String> mine = topics.mine();
        audiences = new ArrayList<>(getAudienceTopics().stream().map(Topic::code).filter(mine::contains).toList());
        themes = new ArrayList<>(getThemeTopics().stream().map(Topic::code).filter(mine::contains).toList());
    }

    public void save() {
        List<String> all = new ArrayList<>(audiences == null ? List.of() : audiences);
        all.addAll(themes == null ? List.of() : themes);
        messages.attempt("topics", () -> topics.follow(all), "campaigns.topics.saved");
    }

    public List<Topic> getAudienceTopics() {
        return topics.available().stream().filter(Topic::isAudience).toList();
    }

    public List<Topic> getThemeTopics() {
        return topics.available().stream().filter(t -> !t.isAudience()).toList();
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<String> audiences) {
        this.audiences = audiences;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }
}
