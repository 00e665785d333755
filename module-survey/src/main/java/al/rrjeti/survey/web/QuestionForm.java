package al.rrjeti.survey.web;

import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.survey.application.SurveyBuilding.QuestionDef;
import al.rrjeti.survey.domain.Choice;
import al.rrjeti.survey.domain.Question;
import al.rrjeti.survey.domain.QuestionKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One question as the builder's form holds it: options and items one per line (the English line
 * beside the Albanian one of the same number), numbers as typed. The service judges the result.
 */
public class QuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String kind = QuestionKind.SINGLE.name();
    private boolean required;
    private String textSq;
    private String textEn;
    private String sectionSq;
    private String sectionEn;
    private Integer min;
    private Integer max;
    private String optionsSq;
    private String optionsEn;
    private String rowsSq;
    private String rowsEn;
    private String showIfQuestion;
    private Integer showIfOption;

    /** The form of a stored question, its options and rows, and the code and place of its condition. */
    static QuestionForm of(Question q, List<Choice> choices, List<Question> all) {
        QuestionForm f = new QuestionForm();
        f.code = q.getCode();
        f.kind = q.getKind().name();
        f.required = q.isRequired();
        f.textSq = q.getText().getSq();
        f.textEn = q.getText().getEn();
        if (q.getSection() != null) {
            f.sectionSq = q.getSection().getSq();
            f.sectionEn = q.getSection().getEn();
        }
        f.min = q.getMinValue();
        f.max = q.getMaxValue();
        List<Choice> options = choices.stream().filter(c -> c.getQuestionId().equals(q.getId()) && !c.isRow()).toList();
        List<Choice> rows = choices.stream().filter(c -> c.getQuestionId().equals(q.getId()) && c.isRow()).toList();
        f.optionsSq = lines(options, true);
        f.optionsEn = lines(options, false);
        f.rowsSq = lines(rows, true);
        f.rowsEn = lines(rows, false);
        if (q.getShowIfChoiceId() != null) {
            choices.stream().filter(c -> c.getId().equals(q.getShowIfChoiceId())).findFirst().ifPresent(c -> {
                all.stream().filter(o -> o.getId().equals(c.getQuestionId())).findFirst()
                        .ifPresent(o -> f.showIfQuestion = o.getCode());
                f.showIfOption = c.getPosition();
            });
        }
        return f;
    }

    QuestionDef toDef() {
        QuestionKind k;
        try {
            k = kind == null ? null : QuestionKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            k = null;
        }
        String condition = showIfQuestion == null || showIfQuestion.isBlank() ? null : showIfQuestion.strip();
        return new QuestionDef(code == null ? null : code.strip(), k, required, BilingualText.of(textSq, textEn), null,
                min, max, pairs(optionsSq, optionsEn), pairs(rowsSq, rowsEn), condition,
                condition == null ? null : showIfOption == null ? -1 : showIfOption - 1,
                BilingualText.of(sectionSq, sectionEn));
    }

    private static String lines(List<Choice> choices, boolean sq) {
        StringBuilder b = new StringBuilder();
        for (Choice c : choices) {
            String t = sq ? c.getLabel().getSq() : c.getLabel().getEn();
            b.append(t == null ? "" : t).append('\n');
        }
        return b.toString().stripTrailing();
    }

    /** Line n of the Albanian text with line n of the English one; empty lines at the end ignored. */
    private static List<BilingualText> pairs(String sq, String en) {
        List<String> a = split(sq);
        List<String> b = split(en);
        List<BilingualText> out = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            out.add(BilingualText.of(i < a.size() ? a.get(i) : null, i < b.size() ? b.get(i) : null));
        }
        return out;
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.stripTrailing().split("\\R"));
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public String getTextSq() { return textSq; }
    public void setTextSq(String textSq) { this.textSq = textSq; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getSectionSq() { return sectionSq; }
    public void setSectionSq(String sectionSq) { this.sectionSq = sectionSq; }
    public String getSectionEn() { return sectionEn; }
    public void setSectionEn(String sectionEn) { this.sectionEn = sectionEn; }
    public Integer getMin() { return min; }
    public void setMin(Integer min) { this.min = min; }
    public Integer getMax() { return max; }
    public void setMax(Integer max) { this.max = max; }
    public String getOptionsSq() { return optionsSq; }
    public void setOptionsSq(String optionsSq) { this.optionsSq = optionsSq; }
    public String getOptionsEn() { return optionsEn; }
    public void setOptionsEn(String optionsEn) { this.optionsEn = optionsEn; }
    public String getRowsSq() { return rowsSq; }
    public void setRowsSq(String rowsSq) { this.rowsSq = rowsSq; }
    public String getRowsEn() { return rowsEn; }
    public void setRowsEn(String rowsEn) { this.rowsEn = rowsEn; }
    public String getShowIfQuestion() { return showIfQuestion; }
    public void setShowIfQuestion(String showIfQuestion) { this.showIfQuestion = showIfQuestion; }
    public Integer getShowIfOption() { return showIfOption; }
    public void setShowIfOption(Integer showIfOption) { this.showIfOption = showIfOption; }
}
