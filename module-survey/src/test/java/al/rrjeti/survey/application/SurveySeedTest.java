package al.rrjeti.survey.application;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.survey.application.SurveyBuilding.QuestionDef;
import al.rrjeti.survey.application.SurveyBuilding.SurveyDef;
import al.rrjeti.survey.domain.QuestionKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The bundled questionnaire reads whole, in both languages, the way the information package has it. */
class SurveySeedTest {

    private final SurveyDef def = new SurveySeed().definition(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void everyQuestionAndOptionIsInBothLanguages() {
        assertThat(def.code()).isEqualTo(SurveySeed.CODE);
        assertThat(def.questions()).hasSize(13);
        for (QuestionDef q : def.questions()) {
            assertThat(q.text().getSq()).as(q.code()).isNotBlank();
            assertThat(q.text().getEn()).as(q.code()).isNotBlank();
            if (q.options() != null) {
                assertThat(q.options()).as(q.code()).allSatisfy(o -> {
                    assertThat(o.getSq()).isNotBlank();
                    assertThat(o.getEn()).isNotBlank();
                });
            }
        }
    }

    @Test
    void itemsBecomeMatricesAndTheFollowUpWaitsForYes() {
        assertThat(def.questions()).filteredOn(q -> q.kind() == QuestionKind.MATRIX)
                .extracting(QuestionDef::code, q -> q.rows().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("q4", 9), org.assertj.core.groups.Tuple.tuple("q6", 7),
                        org.assertj.core.groups.Tuple.tuple("q8", 12));
        QuestionDef followUp = def.questions().stream().filter(q -> q.code().equals("q11-followup")).findFirst()
                .orElseThrow();
        assertThat(followUp.kind()).isEqualTo(QuestionKind.LONG_TEXT);
        assertThat(followUp.required()).isFalse();
        assertThat(followUp.showIfQuestion()).isEqualTo("q11");
        assertThat(followUp.showIfOption()).isZero();
        QuestionDef q11 = def.questions().stream().filter(q -> q.code().equals("q11")).findFirst().orElseThrow();
        assertThat(q11.options().get(0).getSq()).isEqualTo("Po");
        assertThat(q11.options().get(0).getEn()).isEqualTo("Yes");
        assertThat(def.questions().get(0).options()).hasSize(6);
    }
}
