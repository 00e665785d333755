package al.rrjeti.survey.api;

import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.survey.domain.Summary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Small JSON shapes the survey's resources share. */
public final class Json {

    private Json() {
    }

    /** A text in both languages (either may be null). */
    @Schema(name = "SurveyText", description = "A text in Albanian (sq) and English (en); either may be absent")
    public record Text(String sq, String en) {
        public static Text of(BilingualText t) {
            return new Text(t.getSq(), t.getEn());
        }
    }

    /** Count, mean and its 95% confidence interval (null where there are too few answers). */
    @Schema(name = "SurveyStats", description = "Count, mean and its 95% confidence interval (low, high); mean and"
            + " interval absent where there are too few answers")
    public record Stats(long count, Double mean, Double low, Double high) {
        public static Stats of(Summary s) {
            return new Stats(s.count(), round(s.mean()), round(s.low()), round(s.high()));
        }
    }

    static Double round(double d) {
        return Double.isNaN(d) ? null : Math.round(d * 100) / 100.0;
    }
}
