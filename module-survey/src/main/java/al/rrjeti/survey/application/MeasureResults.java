package al.rrjeti.survey.application;

import al.rrjeti.survey.domain.Aspect;
import al.rrjeti.survey.domain.Measure;
import al.rrjeti.survey.domain.MeasureRepository;
import al.rrjeti.survey.domain.MeasureStat;
import al.rrjeti.survey.domain.Summary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the ratings say, read from the running totals only (never from the ratings themselves). */
@ApplicationScoped
public class MeasureResults {

    /** One aspect's all-time result: the summary and how many gave 1 … 5. */
    public record AspectResult(Aspect aspect, Summary summary, long[] distribution) {
        /** How many gave 1 … 5, as a list for pages. */
        public List<Long> counts() {
            return java.util.Arrays.stream(distribution).boxed().toList();
        }

        /** The share (0–100) of each value, for the bars beside the table. */
        public double share(int index) {
            return summary.count() == 0 ? 0 : Math.round(1000.0 * distribution[index] / summary.count()) / 10.0;
        }
    }

    /** One month's summaries, by aspect. */
    public record Month(String month, Map<Aspect, Summary> aspects) {
        public Summary of(Aspect a) {
            return aspects.getOrDefault(a, Summary.EMPTY);
        }
    }

    /** A measure's results: each aspect all-time, and the trend month by month (oldest first). */
    public record Results(Measure measure, List<AspectResult> aspects, List<Month> months) {
        public AspectResult of(Aspect a) {
            return aspects.get(a.ordinal());
        }

        public long count() {
            return aspects.get(0).summary().count();
        }
    }

    /** A measure on the scorecard: each aspect's summary. */
    public record Row(Measure measure, Map<Aspect, Summary> aspects) {
        public Summary of(Aspect a) {
            return aspects.getOrDefault(a, Summary.EMPTY);
        }

        public long count() {
            return of(Aspect.EFFECTIVE).count();
        }
    }

    /** All ratings of one institution's measures together, by aspect. */
    public record Institution(al.rrjeti.kernel.api.i18n.BilingualText name, int measures, Map<Aspect, Summary> aspects) {
        public Summary of(Aspect a) {
            return aspects.getOrDefault(a, Summary.EMPTY);
        }

        public long count() {
            return of(Aspect.EFFECTIVE).count();
        }
    }

    @Inject
    private MeasureRepository measures;

    public Results of(Measure measure) {
        Map<Aspect, AspectResult> all = new EnumMap<>(Aspect.class);
        Map<String, Map<Aspect, Summary>> months = new TreeMap<>();
        for (MeasureStat s : measures.stats(measure.getId())) {
            if (MeasureStat.ALL.equals(s.getPeriod())) {
                all.put(s.getAspect(), new AspectResult(s.getAspect(), s.summary(), s.distribution()));
            } else if (s.getAnswers() > 0) {
                months.computeIfAbsent(s.getPeriod(), k -> new EnumMap<>(Aspect.class)).put(s.getAspect(), s.summary());
            }
        }
        List<AspectResult> aspects = new ArrayList<>();
        for (Aspect a : Aspect.values()) {
            aspects.add(all.getOrDefault(a, new AspectResult(a, Summary.EMPTY, new long[5])));
        }
        List<Month> trend = months.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue())).toList();
        return new Results(measure, aspects, trend);
    }

    /**
     * The scorecard by responsible institution (measures grouped by the Albanian name), pooling their
     * ratings, so institutions can be compared; most rated first.
     */
    public List<Institution> byInstitution() {
        Map<String, Institution> grouped = new java.util.LinkedHashMap<>();
        for (Row row : scorecard()) {
            String key = String.valueOf(row.measure().getInstitution().getSq()).strip().toLowerCase(java.util.Locale.ROOT);
            Institution before = grouped.get(key);
            Map<Aspect, Summary> pooled = new EnumMap<>(Aspect.class);
            for (Aspect a : Aspect.values()) {
                pooled.put(a, before == null ? row.of(a) : before.of(a).plus(row.of(a)));
            }
            grouped.put(key, new Institution(before == null ? row.measure().getInstitution() : before.name(),
                    before == null ? 1 : before.measures() + 1, pooled));
        }
        return grouped.values().stream()
                .sorted(java.util.Comparator.comparingLong(Institution::count).reversed()).toList();
    }

    /** Every measure with its all-time summaries, newest measure first. */
    public List<Row> scorecard() {
        Map<Long, Map<Aspect, Summary>> byMeasure = new TreeMap<>();
        for (MeasureStat s : measures.overall()) {
            byMeasure.computeIfAbsent(s.getMeasureId(), k -> new EnumMap<>(Aspect.class)).put(s.getAspect(), s.summary());
        }
        return measures.all().stream().map(m -> new Row(m, byMeasure.getOrDefault(m.getId(), Map.of()))).toList();
    }
}
