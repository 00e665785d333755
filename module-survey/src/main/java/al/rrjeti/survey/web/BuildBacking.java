package al.rrjeti.survey.web;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import al.rrjeti.survey.application.SurveyAnswering;
import al.rrjeti.survey.application.SurveyBuilding;
import al.rrjeti.survey.application.SurveyBuilding.SurveyDef;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.QuestionKind;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.Target;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code survey/build.xhtml[?id=]}: a survey's builder. The form holds the questions while they are
 * edited; the service checks and saves the whole. A survey with answers keeps its questions.
 */
@Named("surveyBuildBacking")
@ViewScoped
public class BuildBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurveyBuilding building;

    @Inject
    private SurveyAnswering answering;

    @Inject
    private Caller caller;

    @Inject
    private Messages messages;

    @Inject
    private DateTimes dateTimes;

    private Long id;
    private String code;
    private String titleSq;
    private String titleEn;
    private String introSq;
    private String introEn;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private String target = Target.EVERYONE.name();
    private boolean anonymous;
    private Long organisationId;
    private long responses;
    private List<QuestionForm> questions = new ArrayList<>();
    private List<OrganisationRef> organisations;

    /** Builders only (editors, members of a verified CSO); an existing survey's values fill the form. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (!building.buildsForPlatform() && building.buildsFor().isEmpty()) {
            Pages.refuse(caller.isLoggedIn());
            return;
        }
        if (id == null) {
            if (!building.buildsForPlatform()) {
                organisationId = getOrganisations().get(0).getId();
            }
            opensOn = LocalDate.ofInstant(Instant.now(), dateTimes.zone());
            questions.add(new QuestionForm());
            return;
        }
        Survey s = Pages.read(() -> building.editable(id), caller.isLoggedIn());
        if (s == null) {
            return;
        }
        code = s.getCode();
        titleSq = s.getTitle().getSq();
        titleEn = s.getTitle().getEn();
        introSq = s.getIntro().getSq();
        introEn = s.getIntro().getEn();
        opensOn = LocalDate.ofInstant(s.getOpensAt(), dateTimes.zone());
        closesOn = s.getClosesAt() == null ? null : LocalDate.ofInstant(s.getClosesAt(), dateTimes.zone()).minusDays(1);
        target = s.getTarget().name();
        anonymous = s.isAnonymous();
        organisationId = s.getOrganisationId();
        responses = s.getResponses();
        List<Question> stored = answering.questions(id);
        var choices = answering.choices(id);
        stored.forEach(q -> questions.add(QuestionForm.of(q, choices, stored)));
    }

    public void addQuestion() {
        questions.add(new QuestionForm());
    }

    public void remove(int index) {
        if (index >= 0 && index < questions.size() && questions.size() > 1) {
            questions.remove(index);
        }
    }

    public void save() {
        Target t = java.util.Arrays.stream(Target.values()).filter(x -> x.name().equals(target)).findFirst().orElse(null);
        // Open from the start of the opening day; closed from the start of the day after the closing day.
        Instant opens = opensOn == null ? null : opensOn.atStartOfDay(dateTimes.zone()).toInstant();
        Instant closes = closesOn == null ? null : closesOn.plusDays(1).atStartOfDay(dateTimes.zone()).toInstant();
        SurveyDef def = new SurveyDef(code == null ? null : code.strip(), BilingualText.of(titleSq, titleEn),
                BilingualText.of(introSq, introEn), opens, closes,
                isLocked() ? null : questions.stream().map(QuestionForm::toDef).toList(), t, anonymous,
                building.buildsForPlatform() && organisationId == null ? null : organisationId);
        try {
            Survey saved = id == null ? building.create(def) : building.update(id, def);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            messages.info("survey.build.saved");
            FacesContext.getCurrentInstance().getExternalContext().redirect(FacesContext.getCurrentInstance()
                    .getExternalContext().getRequestContextPath() + "/survey/answer.xhtml?id=" + saved.getId());
        } catch (InvalidInputException e) {
            for (InvalidInputException.Violation v : e.violations()) {
                String text = messages.text(v.messageKey(), v.arguments().toArray());
                if (v.field().startsWith("question-")) {
                    messages.error(null, "survey.build.at-question", v.field().substring("question-".length()), text);
                } else {
                    messages.error(null, "survey.build.at-field", messages.text("survey.build.field." + v.field()), text);
                }
            }
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether its questions can no longer change (it has answers). */
    public boolean isLocked() {
        return responses > 0;
    }

    public List<OrganisationRef> getOrganisations() {
        if (organisations == null) {
            organisations = building.buildsFor();
        }
        return organisations;
    }

    public boolean isForPlatform() {
        return building.buildsForPlatform();
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public Target[] getTargets() {
        return Target.values();
    }

    public long getResponses() { return responses; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitleSq() { return titleSq; }
    public void setTitleSq(String titleSq) { this.titleSq = titleSq; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getIntroSq() { return introSq; }
    public void setIntroSq(String introSq) { this.introSq = introSq; }
    public String getIntroEn() { return introEn; }
    public void setIntroEn(String introEn) { this.introEn = introEn; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public List<QuestionForm> getQuestions() { return questions; }
}
