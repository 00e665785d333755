package al.rrjeti.survey.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One question of a survey. Numeric answers (scales) are summed here as they come; choices are
 * counted in {@link Tally}. A question shown only after a given option ({@code showIfChoiceId})
 * is asked, and required, only when that option was chosen.
 */
@Entity
@Table(name = "survey_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false, length = 30)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private QuestionKind kind;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "text_sq", length = 1000))
    @AttributeOverride(name = "en", column = @Column(name = "text_en", length = 1000))
    private BilingualText text;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "help_sq", length = 1000))
    @AttributeOverride(name = "en", column = @Column(name = "help_en", length = 1000))
    private BilingualText help;

    /** The heading of the section this question opens, if it opens one. */
    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "section_sq", length = 300))
    @AttributeOverride(name = "en", column = @Column(name = "section_en", length = 300))
    private BilingualText section;

    @Column(name = "min_value")
    private Integer minValue;

    @Column(name = "max_value")
    private Integer maxValue;

    @Column(name = "show_if_choice_id")
    private Long showIfChoiceId;

    /** Responses that answered it. */
    @Column(name = "answered", nullable = false)
    private long answered;

    @Column(name = "total", nullable = false)
    private long total;

    @Column(name = "total_sq", nullable = false)
    private long totalSq;

    protected Question() {
    }

    public Question(Long surveyId, int position, String code, QuestionKind kind, boolean required, BilingualText text,
            BilingualText help, Integer minValue, Integer maxValue) {
        this.surveyId = surveyId;
        this.position = position;
        this.code = code;
        this.kind = kind;
        this.required = required;
        this.text = text;
        this.help = help;
        this.minValue = minValue;
        this.maxValue = maxValue;
    }

    /** This question starts a new section of the form, under this heading. */
    public void opensSection(BilingualText heading) {
        this.section = heading;
    }

    public void showOnlyIf(Long choiceId) {
        this.showIfChoiceId = choiceId;
    }

    /** One more response answered it; a number adds to the running sums. */
    public void answered(Integer number) {
        answered++;
        if (number != null) {
            total += number;
            totalSq += (long) number * number;
        }
    }

    public Summary summary() {
        return new Summary(kind.isNumeric() ? answered : 0, total, totalSq);
    }

    public Long getId() {
        return id;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public BilingualText getText() {
        return text == null ? BilingualText.of(null, null) : text;
    }

    public BilingualText getHelp() {
        return help == null ? BilingualText.of(null, null) : help;
    }

    /** The heading of the section it opens, or null. */
    public BilingualText getSection() {
        return section == null || section.getSq() == null && section.getEn() == null ? null : section;
    }

    public Integer getMinValue() {
        return minValue;
    }

    public Integer getMaxValue() {
        return maxValue;
    }

    public Long getShowIfChoiceId() {
        return showIfChoiceId;
    }

    public long getAnswered() {
        return answered;
    }
}
