package al.rrjeti.survey.web;

import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.survey.domain.Summary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;

/** How the survey's pages write numbers, intervals, dates and bilingual texts, in the reader's language. */
@Named("surveyFormat")
@RequestScoped
public class SurveyFormat {

    @Inject
    private CurrentLanguage language;

    @Inject
    private DateTimes dateTimes;

    /** The mean with two decimals, or a dash without answers. */
    public String mean(Summary s) {
        return s == null || s.isEmpty() ? "–" : number(s.mean());
    }

    /** The 95% interval as "low – high", or a dash with fewer than two answers. */
    public String interval(Summary s) {
        return s == null || s.count() < 2 ? "–" : number(s.low()) + " – " + number(s.high());
    }

    public String number(double d) {
        NumberFormat f = NumberFormat.getNumberInstance(language.getLocale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(d);
    }

    public String percent(double p) {
        NumberFormat f = NumberFormat.getNumberInstance(language.getLocale());
        f.setMaximumFractionDigits(1);
        return f.format(p) + " %";
    }

    public String text(BilingualText t) {
        return t == null ? "" : t.in(language.getLocale());
    }

    /** The {@code lang} of {@link #text}. */
    public String lang(BilingualText t) {
        return t == null ? language.getCode() : t.languageIn(language.getLocale());
    }

    public String day(LocalDate d) {
        return DateTimes.day(d);
    }

    public String date(Instant i) {
        return dateTimes.date(i, language.getLocale());
    }
}
