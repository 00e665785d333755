package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.survey.application.SurveyBuilding.QuestionDef;
import al.rrjeti.survey.application.SurveyBuilding.SurveyDef;
import al.rrjeti.survey.domain.QuestionKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The first survey: the perception questionnaire of the information package ({@code survey_seed}),
 * in both languages, imported once. Questions on one scale are single choices; those with items
 * are matrices (answered item by item, optional so the phone form stays short); the follow-up of
 * "have you reported" is asked only after "yes".
 */
@ApplicationScoped
public class SurveySeed {

    public static final String CODE = "perception";
    static final String BUNDLED = "META-INF/rrjeti/survey/perception-survey.yaml";

    private static final Logger LOG = Logger.getLogger(SurveySeed.class.getName());

    @Inject
    private SurveyBuilding building;

    @Inject
    private PlatformClock clock;

    /** Imports the questionnaire unless a survey with its code exists (idempotent). */
    public void ensure() {
        if (building.ensure(definition(clock.now()))) {
            LOG.info("Seeded the perception questionnaire");
        }
    }

    @SuppressWarnings("unchecked")
    SurveyDef definition(java.time.Instant opensAt) {
        Map<String, Object> root;
        try (InputStream in = SurveySeed.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> seed = (Map<String, Object>) root.get("survey_seed");
        Map<String, Map<String, List<String>>> scales = (Map<String, Map<String, List<String>>>) seed.get("scales");
        List<QuestionDef> questions = new ArrayList<>();
        for (Map<String, Object> q : (List<Map<String, Object>>) seed.get("questions")) {
            String code = (String) q.get("id");
            Map<String, List<String>> scale = scales.get((String) q.get("scale"));
            List<BilingualText> options = pairs(scale.get("sq"), scale.get("en"));
            BilingualText text = BilingualText.of((String) q.get("sq"), (String) q.get("en"));
            if (q.containsKey("matrix_items_sq")) {
                questions.add(new QuestionDef(code, QuestionKind.MATRIX, false, text, null, null, null, options,
                        pairs((List<String>) q.get("matrix_items_sq"), (List<String>) q.get("matrix_items_en")), null,
                        null));
            } else {
                questions.add(new QuestionDef(code, QuestionKind.SINGLE, true, text, null, null, null, options, null,
                        null, null));
            }
            if (q.containsKey("followup_sq")) {
                questions.add(new QuestionDef(code + "-followup", QuestionKind.LONG_TEXT, false,
                        BilingualText.of((String) q.get("followup_sq"), (String) q.get("followup_en")), null, null, null,
                        null, null, code, 0));
            }
        }
        return new SurveyDef(CODE,
                BilingualText.of("Perceptimi i korrupsionit në Shqipëri", "Perception of corruption in Albania"),
                BilingualText.of("Pyetësor i shkurtër dhe anonim: përgjigjet tuaja nuk lidhen me llogarinë tuaj."
                        + " Pyetjet bazohen në temat e Barometrit Global të Korrupsionit (Transparency International)"
                        + " dhe të sondazhit të IDM-së për besimin te qeverisja; nuk janë instrumentet zyrtare.",
                        "A short, anonymous questionnaire: your answers are not linked to your account. The questions"
                                + " follow themes of Transparency International's Global Corruption Barometer and IDM's"
                                + " Trust in Governance poll; they are not the official instruments."),
                opensAt, null, questions);
    }

    private static List<BilingualText> pairs(List<String> sq, List<String> en) {
        List<BilingualText> out = new ArrayList<>();
        for (int i = 0; i < sq.size(); i++) {
            out.add(BilingualText.of(sq.get(i), en != null && i < en.size() ? en.get(i) : null));
        }
        return out;
    }
}
