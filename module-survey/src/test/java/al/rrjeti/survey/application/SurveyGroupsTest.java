package al.rrjeti.survey.application;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.survey.domain.RespondentGroup;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which respondent groups may be shown apart: at least 5 each, and never leaving 1–4 others to be deduced. */
class SurveyGroupsTest {

    @Test
    void groupsUnderFiveAreNotShown() {
        assertThat(SurveyResults.shownGroups(Map.of(RespondentGroup.CITIZEN, 12L, RespondentGroup.BUSINESS, 4L), 16))
                .as("12 citizens alone would give the 4 businesses away").isEmpty();
        assertThat(SurveyResults.shownGroups(Map.of(RespondentGroup.CITIZEN, 12L, RespondentGroup.BUSINESS, 5L), 17))
                .containsExactly(RespondentGroup.CITIZEN, RespondentGroup.BUSINESS);
    }

    @Test
    void theSmallestShownGroupGoesWhenTheRestWouldBeSmall() {
        Map<RespondentGroup, Long> counts = Map.of(RespondentGroup.CITIZEN, 30L, RespondentGroup.BUSINESS, 6L,
                RespondentGroup.MEMBER, 2L, RespondentGroup.OTHER, 1L);
        assertThat(SurveyResults.shownGroups(counts, 39)).containsExactly(RespondentGroup.CITIZEN);
        assertThat(SurveyResults.shownGroups(Map.of(RespondentGroup.CITIZEN, 30L, RespondentGroup.OTHER, 7L), 37))
                .containsExactly(RespondentGroup.CITIZEN);
        assertThat(SurveyResults.shownGroups(Map.of(), 0)).isEmpty();
    }
}
