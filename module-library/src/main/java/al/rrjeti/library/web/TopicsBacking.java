package al.rrjeti.library.web;

import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.application.TopicService;
import al.rrjeti.library.domain.Topic;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code library/topics.xhtml}: editors add and rename the topics. */
@Named("libraryTopicsBacking")
@RequestScoped
public class TopicsBacking {

    @Inject
    private TopicService topics;

    @Inject
    private Permissions permissions;

    @Inject
    private Messages messages;

    private String nameSq;
    private String nameEn;
    private final Map<String, String> namesSq = new HashMap<>();
    private final Map<String, String> namesEn = new HashMap<>();

    public void requireEditor() {
        if (!permissions.may(LibraryModule.EDIT)) {
            Pages.forbidden();
        }
    }

    public List<Topic> getAll() {
        List<Topic> all = topics.all();
        all.forEach(t -> {
            namesSq.putIfAbsent(t.getCode(), t.getName().getSq());
            namesEn.putIfAbsent(t.getCode(), t.getName().getEn());
        });
        return all;
    }

    public void add() {
        if (messages.attempt("add", () -> topics.add(nameSq, nameEn), "library.topic.added")) {
            nameSq = null;
            nameEn = null;
        }
    }

    public void rename(String code) {
        messages.attempt("topics", () -> topics.rename(code, namesSq.get(code), namesEn.get(code)),
                "library.topic.renamed");
    }

    public Map<String, String> getNamesSq() {
        return namesSq;
    }

    public Map<String, String> getNamesEn() {
        return namesEn;
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
}
