package al.rrjeti.survey;

import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.PlatformModule;
import al.rrjeti.survey.api.MeasuresResource;
import al.rrjeti.survey.api.SurveysResource;
import al.rrjeti.survey.application.Folding;
import al.rrjeti.survey.application.Keys;
import al.rrjeti.survey.application.SurveyPersonalData;
import al.rrjeti.survey.application.SurveySeed;
import al.rrjeti.survey.application.SurveySettings;
import al.rrjeti.survey.application.TextModeration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The survey module's one descriptor: everything the kernel knows about the module is here. */
@ApplicationScoped
public class SurveyModule implements PlatformModule {

    public static final String ID = "survey";
    public static final String MESSAGES = "al.rrjeti.survey.messages";

    /** Add and correct the measures of the scorecard. */
    public static final String EDIT_MEASURES = "survey.measures.edit";
    /** Rate a measure (anyone with an account). */
    public static final String RATE = "survey.rate";
    /** Answer a survey (anyone with an account). */
    public static final String ANSWER = "survey.answer";
    /** Build and schedule surveys (editors any; members of a verified CSO their organisation's, checked in the service). */
    public static final String BUILD = "survey.build";
    /** Let free-text answers be shown in the results, or not. */
    public static final String MODERATE = "survey.moderate";

    /** New free-text answers wait for a moderator (staff). */
    public static final String QUEUE_NOTICE = "survey.queue";
    public static final String TEXTS_QUEUE = "survey.texts";

    /** Folds what the background folds after each submission did not (a stopped server, a failed fold). */
    public static final String FOLD_JOB = "survey.fold";

    private static final String[] ACCOUNTS = {"citizen", "business", "media", "cso_member", "institution_member",
        "moderator", "editor", "operator"};

    @Inject
    private TextModeration moderation;

    @Inject
    private SurveySeed seed;

    @Inject
    private Keys keys;

    @Inject
    private Folding folding;

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder(ID, "1.0.0")
                .name("Perceptimi", "Perception")
                .requiresKernel("[1.0,2.0)")
                .messages(MESSAGES)
                .navigation("/survey/", "survey.nav", "pi pi-chart-bar", Audience.EVERYONE, 30)
                .widget("/survey/widgets/open.xhtml", Audience.EVERYONE, 30)
                .restrict("/survey/build", Audience.ACCOUNTS)
                .restrict("/survey/measure-edit", Audience.STAFF)
                .restrict("/survey/moderation", Audience.STAFF)
                .permission(EDIT_MEASURES, "editor", "operator")
                .permission(RATE, ACCOUNTS)
                .permission(ANSWER, ACCOUNTS)
                .permission(BUILD, "editor", "operator", "cso_member")
                .permission(MODERATE, "moderator", "operator")
                .notification(QUEUE_NOTICE, "survey.notification.queue", true)
                .queue(TEXTS_QUEUE, "survey.queue.texts", "/survey/moderation.xhtml", MODERATE, QUEUE_NOTICE,
                        () -> moderation.countPending())
                .changelog("META-INF/rrjeti/survey/changelog.xml")
                .job(FOLD_JOB, java.time.Duration.ofMinutes(1), () -> folding.now())
                .rest(SurveysResource.class, MeasuresResource.class)
                .stylesheet("/survey/survey.css")
                .personalData(SurveyPersonalData.class)
                .setting(SurveySettings.ANONYMOUS_PER_HOUR, SurveySettings.ANONYMOUS_PER_HOUR_DEFAULT,
                        "Sa përgjigje pa llogari pranohen në orë nga e njëjta adresë klienti (të gjithë pyetësorët"
                                + " bashkë); shumë njerëz mund të ndajnë një adresë",
                        "How many answers without an account are taken per hour from one client address (all"
                                + " surveys together); many people can share one address")
                .setting(SurveySettings.RESULTS_WAIT_MS, SurveySettings.RESULTS_WAIT_MS_DEFAULT,
                        "Sa milisekonda pret një lexues rezultatet që po llogariten pas një përgjigjeje të re, para"
                                + " se t'i jepen rezultatet e llogaritura më parë",
                        "How many milliseconds a reader waits for results being computed after a new answer before"
                                + " being given the previously computed ones")
                .build();
    }

    @Override
    public void seed() {
        seed.ensure();
        // Read the secret at start, so that a missing one is in the start-up log, not first met by a citizen.
        keys.available();
    }
}
