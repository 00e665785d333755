package al.rrjeti.survey.api;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.text.Csv;
import al.rrjeti.kernel.api.web.ApiError;
import al.rrjeti.kernel.api.web.Links;
import al.rrjeti.survey.application.ResultsMemory;
import al.rrjeti.survey.application.SurveyCatalogue;
import al.rrjeti.survey.application.SurveyResults;
import al.rrjeti.survey.application.SurveyResults.QuestionResult;
import al.rrjeti.survey.domain.RespondentGroup;
import al.rrjeti.survey.domain.Survey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/survey/surveys}: public surveys and their results, as aggregates only, never single answers. */
@Path("survey/surveys")
@RequestScoped
@Tag(name = "Perception surveys", description = "Public perception surveys and their results: aggregates only,"
        + " never a single response")
public class SurveysResource {

    @Schema(name = "SurveySummary", description = "A public survey: state is open, closed or upcoming; link is its"
            + " answering page, results its results page")
    public record SurveyView(long id, String code, Json.Text title, String state, Instant opensAt, Instant closesAt,
            long responses, String link, String results) {
    }

    @Schema(name = "SurveyOptionCount", description = "How many chose an option, and their share (percent) of those"
            + " who answered the question (or the item, in a matrix)")
    public record OptionCount(Json.Text label, long answers, double percent) {
    }

    @Schema(name = "SurveyMatrixItem", description = "One item of a matrix question with its counts per option")
    public record RowView(Json.Text label, long answered, List<OptionCount> options) {
    }

    @Schema(name = "SurveyValueCount", description = "How many chose one number of a 0–10 scale, and their share")
    public record ValueCount(int value, long answers, double percent) {
    }

    @Schema(name = "SurveyQuestionResults", description = "One question's results; kind tells which parts are"
            + " filled: options (single, multiple), rows (matrix), stats (scale, number), values (scale),"
            + " moderatedTexts (short and long text, those moderators let through)")
    public record QuestionView(String code, String kind, Json.Text text, long answered, List<OptionCount> options,
            List<RowView> rows, Json.Stats stats, List<ValueCount> values, List<String> moderatedTexts) {
    }

    /**
     * {@code group}: the respondent group shown (null: everyone); {@code withheld}: too few answers in
     * it to be shown (no questions then); {@code groups}: the groups that can be asked for.
     */
    @Schema(name = "SurveyResults", description = "A survey's results per question, for everyone or one respondent"
            + " group")
    public record ResultsView(SurveyView survey, List<QuestionView> questions, String group, long responses,
            boolean withheld, List<String> groups) {
    }

    private static final String GROUP = "one respondent group (citizen, business or member); absent: everyone";

    @Inject
    private SurveyCatalogue catalogue;

    @Inject
    private SurveyResults results;

    @Inject
    private PlatformClock clock;

    @Inject
    private Links links;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "surveySurveys", summary = "Public surveys, open and closed, newest first; state is"
            + " open, closed or upcoming")
    @APIResponse(responseCode = "200", description = "The public surveys", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SurveyView.class)))
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public List<SurveyView> list() {
        return catalogue.published().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}/results")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "surveyResults", summary = "A survey's results per question: counts and shares per"
            + " option (per item for matrices), mean with 95% confidence interval for scales, and free-text answers"
            + " moderators let through; group=citizen|business|member for one respondent group (withheld under 5"
            + " responses). Aggregates only, never a single response; as of the last fold of new answers into the"
            + " counts, a few seconds behind the newest answers")
    @APIResponse(responseCode = "200", description = "The survey's results", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SurveyResults")))
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public ResultsView results(@Parameter(description = "the survey's id", required = true) @PathParam("id") long id,
            @Parameter(description = GROUP, schema = @Schema(enumeration = {"citizen", "business", "member"}))
            @QueryParam("group") String group,
            @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletResponse response) {
        RespondentGroup chosen = group(group);
        ResultsMemory.Kept kept = kept(id, chosen);
        if (kept.stale()) {
            response.setHeader("Cache-Control", SurveyResults.NOT_KEPT);
        }
        SurveyResults.Results r = kept.results();
        List<QuestionView> questions = kept.derive("json", () -> r.questions().stream().map(SurveysResource::question)
                .toList());
        return new ResultsView(view(r.survey()), questions, chosen == null ? null : chosen.key(), r.responses(),
                r.withheld(), r.groups().stream().map(RespondentGroup::key).toList());
    }

    /** Results behind a change still being computed go to this reader only, never into the page cache. */
    private static jakarta.ws.rs.core.Response unlessStale(jakarta.ws.rs.core.Response.ResponseBuilder answer,
            ResultsMemory.Kept kept) {
        return (kept.stale() ? answer.header("Cache-Control", SurveyResults.NOT_KEPT) : answer).build();
    }

    @GET
    @Path("{id}/results.csv")
    @Produces("text/csv")
    @Operation(operationId = "surveyResultsCsv", summary = "The same results as CSV (UTF-8, one row per option, item"
            + " or scale value), for spreadsheets; group=citizen|business|member for one respondent group, as for the"
            + " JSON (a group withheld under 5 responses gives the header only). Aggregates only")
    @APIResponse(responseCode = "200", description = "The results, one line per option, item or scale value, with a"
            + " header line", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public jakarta.ws.rs.core.Response resultsCsv(@Parameter(description = "the survey's id", required = true)
            @PathParam("id") long id, @Parameter(description = GROUP,
            schema = @Schema(enumeration = {"citizen", "business", "member"})) @QueryParam("group") String group) {
        RespondentGroup chosen = group(group);
        ResultsMemory.Kept kept = kept(id, chosen);
        String csv = kept.derive("csv", () -> csv(kept.results(), chosen == null ? "all" : chosen.key()));
        return unlessStale(jakarta.ws.rs.core.Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rrjeti-survey-" + id
                        + (chosen == null ? "" : "-" + chosen.key()) + ".csv\""), kept);
    }

    /** The group of {@code ?group=}: none for everyone, 400 for a group that is no filter. */
    private static RespondentGroup group(String group) {
        if (group == null || group.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(RespondentGroup.filters()).filter(g -> g.key().equals(group)).findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.BadRequestException("group is citizen, business or member"));
    }

    private ResultsMemory.Kept kept(long id, RespondentGroup group) {
        try {
            return results.kept(id, group);
        } catch (BusinessException e) {
            throw new NotFoundException();
        }
    }

    private static String csv(SurveyResults.Results r, String group) {
        StringBuilder out = new StringBuilder("\uFEFFgroup,question,question_sq,question_en,item_sq,item_en,answer_sq,"
                + "answer_en,value,answers,percent\n");
        for (QuestionResult q : r.questions()) {
            String head = group + "," + Csv.cell(q.question().getCode()) + "," + Csv.cell(q.question().getText().getSq())
                    + "," + Csv.cell(q.question().getText().getEn()) + ",";
            q.counts().forEach(c -> out.append(head).append(",,").append(label(c.option().getLabel())).append(",,")
                    .append(c.answers()).append(',').append(c.percent()).append('\n'));
            q.rows().forEach(row -> row.counts().forEach(c -> out.append(head).append(label(row.row().getLabel()))
                    .append(',').append(label(c.option().getLabel())).append(",,").append(c.answers()).append(',')
                    .append(c.percent()).append('\n')));
            q.values().forEach(v -> out.append(head).append(",,,,").append(v.value()).append(',').append(v.answers())
                    .append(',').append(v.percent()).append('\n'));
        }
        return out.toString();
    }

    private static String label(al.rrjeti.kernel.api.i18n.BilingualText t) {
        return Csv.cell(t.getSq()) + "," + Csv.cell(t.getEn());
    }

    private static QuestionView question(QuestionResult q) {
        List<OptionCount> options = q.counts().stream()
                .map(c -> new OptionCount(Json.Text.of(c.option().getLabel()), c.answers(), c.percent())).toList();
        List<RowView> rows = q.rows().stream().map(r -> new RowView(Json.Text.of(r.row().getLabel()), r.answered(),
                r.counts().stream().map(c -> new OptionCount(Json.Text.of(c.option().getLabel()), c.answers(),
                        c.percent())).toList())).toList();
        List<ValueCount> values = q.values().stream().map(v -> new ValueCount(v.value(), v.answers(), v.percent()))
                .toList();
        return new QuestionView(q.question().getCode(), q.question().getKind().key(), Json.Text.of(q.question().getText()),
                q.answered(), options, rows, q.question().getKind().isNumeric() ? Json.Stats.of(q.summary()) : null, values, q.texts());
    }

    private SurveyView view(Survey s) {
        Instant now = clock.now();
        String state = s.isOpenAt(now) ? "open" : s.isClosedAt(now) ? "closed" : "upcoming";
        return new SurveyView(s.getId(), s.getCode(), Json.Text.of(s.getTitle()), state, s.getOpensAt(), s.getClosesAt(),
                s.getResponses(), links.absolute("/survey/answer.xhtml?id=" + s.getId()),
                links.absolute("/survey/results.xhtml?id=" + s.getId()));
    }
}
