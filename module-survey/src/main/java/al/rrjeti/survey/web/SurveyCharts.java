package al.rrjeti.survey.web;

import al.rrjeti.survey.application.MeasureResults;
import al.rrjeti.survey.application.SurveyResults;
import al.rrjeti.survey.domain.Aspect;
import al.rrjeti.survey.domain.Summary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for {@code <p:chart value="…">}, built from the same results as the
 * tables beside them (the table is the accessible form; the chart is hidden from screen readers'
 * reading order only by its label pointing to the table). Labels are in the reader's language.
 */
@Named("surveyCharts")
@RequestScoped
public class SurveyCharts {

    /** Colours with at least 3:1 contrast against white, told apart by more than hue. */
    private static final String[] COLOURS = {"#1f5fa8", "#b3541e", "#2e7d32", "#6a1b9a", "#8d6e00", "#ad1457",
        "#00695c", "#37474f"};

    @Inject
    private SurveyFormat format;

    @Inject
    private SurveyTexts texts;

    /** A question's options (single or multiple choice): one bar per option, its count. */
    public String options(SurveyResults.QuestionResult q) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (SurveyResults.Count c : q.counts()) {
            labels.add(format.text(c.option().getLabel()));
            data.add(c.answers());
        }
        return bar(labels, Json.createArrayBuilder().add(dataset(texts.get("survey.col.count"), data, 0)), false, true);
    }

    /** A matrix: one bar per item, stacked by option. */
    public String matrix(SurveyResults.QuestionResult q) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        q.rows().forEach(r -> labels.add(format.text(r.row().getLabel())));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        if (!q.rows().isEmpty()) {
            List<SurveyResults.Count> first = q.rows().get(0).counts();
            for (int i = 0; i < first.size(); i++) {
                JsonArrayBuilder data = Json.createArrayBuilder();
                for (SurveyResults.RowCounts r : q.rows()) {
                    data.add(r.counts().get(i).answers());
                }
                sets.add(dataset(format.text(first.get(i).option().getLabel()), data, i));
            }
        }
        return bar(labels, sets, true, true);
    }

    /** A scale: one bar per number. */
    public String values(SurveyResults.QuestionResult q) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (SurveyResults.Value v : q.values()) {
            labels.add(String.valueOf(v.value()));
            data.add(v.answers());
        }
        return bar(labels, Json.createArrayBuilder().add(dataset(texts.get("survey.col.count"), data, 0)), false, false);
    }

    /** A measure's ratings: per aspect, how many gave 1 to 5. */
    public String distribution(MeasureResults.Results res) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (int n = 1; n <= 5; n++) {
            labels.add(texts.get("survey.scale." + n));
        }
        JsonArrayBuilder sets = Json.createArrayBuilder();
        int i = 0;
        for (MeasureResults.AspectResult a : res.aspects()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            a.counts().forEach(data::add);
            sets.add(dataset(texts.get("survey.aspect." + a.aspect().key()), data, i++));
        }
        return bar(labels, sets, false, false);
    }

    /** A measure's mean per aspect, month by month (a month without ratings is a gap). */
    public String trend(MeasureResults.Results res) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        res.months().forEach(m -> labels.add(m.month()));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        int i = 0;
        for (Aspect a : Aspect.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (MeasureResults.Month m : res.months()) {
                Summary s = m.of(a);
                if (s == null || s.isEmpty()) {
                    data.addNull();
                } else {
                    data.add(Math.round(s.mean() * 100) / 100.0);
                }
            }
            sets.add(dataset(texts.get("survey.aspect." + a.key()), data, i++).add("fill", false).add("spanGaps", true));
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("min", 1).add("max", 5));
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options(true).add("scales", scales)).build().toString();
    }

    /**
     * The scorecard's measures side by side: per aspect, the mean of each rated measure's ratings
     * (1 to 5); measures without ratings are left out (the table beside it has them all).
     */
    public String comparison(List<MeasureResults.Row> rows) {
        List<MeasureResults.Row> rated = rows.stream().filter(r -> r.count() > 0).toList();
        return compare(rated.stream().map(r -> format.text(r.measure().getTitle())).toList(),
                rated.stream().<java.util.function.Function<Aspect, Summary>>map(r -> r::of).toList());
    }

    /** Institutions side by side: per aspect, the mean of all ratings of their measures; unrated ones left out. */
    public String institutions(List<MeasureResults.Institution> institutions) {
        List<MeasureResults.Institution> rated = institutions.stream().filter(i -> i.count() > 0).toList();
        return compare(rated.stream().map(i -> format.text(i.name())).toList(),
                rated.stream().<java.util.function.Function<Aspect, Summary>>map(i -> i::of).toList());
    }

    /** Whether any of them has a rating (a comparison chart has something to show). */
    public boolean anyRated(List<MeasureResults.Row> rows) {
        return rows.stream().anyMatch(r -> r.count() > 0);
    }

    private String compare(List<String> names, List<java.util.function.Function<Aspect, Summary>> of) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        names.forEach(labels::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        int i = 0;
        for (Aspect a : Aspect.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (java.util.function.Function<Aspect, Summary> item : of) {
                Summary s = item.apply(a);
                if (s == null || s.isEmpty()) {
                    data.addNull();
                } else {
                    data.add(Math.round(s.mean() * 100) / 100.0);
                }
            }
            sets.add(dataset(texts.get("survey.aspect." + a.key()), data, i++));
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("min", 0).add("max", 5))
                .add("y", Json.createObjectBuilder().add("ticks", Json.createObjectBuilder().add("autoSkip", false)));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options(true).add("indexAxis", "y").add("scales", scales)).build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, int colour) {
        String c = COLOURS[colour % COLOURS.length];
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", c)
                .add("borderColor", c);
    }

    private static String bar(JsonArrayBuilder labels, JsonArrayBuilder sets, boolean stacked, boolean horizontal) {
        JsonObjectBuilder options = options(stacked || !horizontal);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        JsonObjectBuilder scales = Json.createObjectBuilder();
        String counts = horizontal ? "x" : "y";
        scales.add(counts, Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked)
                .add("ticks", Json.createObjectBuilder().add("precision", 0)));
        scales.add(horizontal ? "y" : "x", Json.createObjectBuilder().add("stacked", stacked));
        options.add("scales", scales);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options).build().toString();
    }

    private static JsonObjectBuilder options(boolean legend) {
        return Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", true)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", legend)));
    }
}
