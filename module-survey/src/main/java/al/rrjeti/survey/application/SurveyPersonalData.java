package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.spi.PersonalData;
import al.rrjeti.survey.domain.MeasureRepository;
import al.rrjeti.survey.domain.Rating;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.SurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the survey module holds about a person, found only through the keyed hashes: their ratings
 * of measures (key of account and each measure) and which surveys they answered (marker of account
 * and each survey). Their survey answers are anonymous: nothing ties them to the person, so they
 * cannot be exported or erased, and the export says so. Erasure deletes the ratings (taking them
 * out of the totals) and the markers.
 */
@ApplicationScoped
public class SurveyPersonalData implements PersonalData {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @Inject
    private MeasureRepository measures;

    @Inject
    private SurveyRepository surveys;

    @Inject
    private MeasureService measureService;

    @Inject
    private Keys keys;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> export(Long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (!keys.available()) {
            data.put("note", Map.of("sq", "Vlerësimet nuk mund të gjenden pa çelësin e serverit, i cili nuk është vendosur.",
                    "en", "Ratings cannot be found without the server's key, which is not set."));
            return data;
        }
        data.put("ratings", ratings(personId).stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("measureId", r.getMeasureId());
            m.put("effective", r.getEffective());
            m.put("visible", r.getVisible());
            m.put("trust", r.getTrust());
            m.put("comment", r.getComment());
            // pending, approved (shown on the measure's page, without a name) or rejected; null without a comment
            m.put("commentStatus", r.getCommentStatus() == null ? null : r.getCommentStatus().name().toLowerCase(
                    java.util.Locale.ROOT));
            m.put("commentedOn", r.getCommentedOn() == null ? null : r.getCommentedOn().toString());
            m.put("month", r.getMonth());
            return m;
        }).toList());
        data.put("answeredSurveys", surveys.published().stream()
                .filter(s -> surveys.participated(keys.participant(personId, s.getId()))).map(Survey::getId).toList());
        data.put("surveyAnswers", Map.of(
                "sq", "Përgjigjet e pyetësorëve janë anonime: nuk mbajnë asgjë që t'i lidhë me ju, ndaj nuk mund të"
                        + " gjenden, as të eksportohen apo fshihen. Ruhet vetëm një shenjë e koduar se e keni plotësuar"
                        + " pyetësorin (më lart), që të mos plotësohet dy herë.",
                "en", "Survey answers are anonymous: they hold nothing that links them to you, so they cannot be found,"
                        + " exported or erased. Only a coded mark that you answered a survey is kept (above), so that it"
                        + " is not answered twice."));
        return data;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Long personId) {
        publicChange.fire(PublicContentChanged.of("survey"));
        if (!keys.available()) {
            return;
        }
        for (Rating r : ratings(personId)) {
            measureService.forget(r);
        }
        for (Survey s : surveys.published()) {
            surveys.removeParticipation(keys.participant(personId, s.getId()));
        }
    }

    private List<Rating> ratings(Long personId) {
        return measures.ratingsKeyed(measures.ids().stream().map(id -> keys.rater(personId, id)).toList());
    }
}
