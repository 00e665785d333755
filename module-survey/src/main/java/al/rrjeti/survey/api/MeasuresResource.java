package al.rrjeti.survey.api;

import al.rrjeti.kernel.api.web.ApiError;
import al.rrjeti.kernel.api.web.Links;
import al.rrjeti.survey.application.MeasureResults;
import al.rrjeti.survey.domain.Aspect;
import al.rrjeti.survey.domain.Measure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/survey/measures}: the scorecard as open data, aggregates only. */
@Path("survey/measures")
@RequestScoped
@Tag(name = "Measures scorecard", description = "The anti-corruption measures citizens rate, with the ratings'"
        + " counts and means: aggregates only")
public class MeasuresResource {

    @Schema(name = "SurveyMeasure", description = "A measure with its number of ratings and, per aspect (effective,"
            + " visible, trust), the count, mean and 95% confidence interval of its ratings (1 to 5)")
    public record MeasureView(long id, Json.Text institution, Json.Text title, Json.Text description, LocalDate startsOn,
            LocalDate endsOn, List<String> sources, long ratings,
            @Schema(description = "Figures per aspect (effective, visible, trust)", additionalProperties = Json.Stats.class)
            Map<String, Json.Stats> aspects, String link) {
    }

    @Inject
    private MeasureResults results;

    @Inject
    private Links links;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "surveyMeasures", summary = "The anti-corruption measures citizens rate, each with its"
            + " number of ratings and, per aspect (effective, visible, trust; 1 to 5), the mean and its 95% confidence"
            + " interval; newest measure first")
    @APIResponse(responseCode = "200", description = "The scorecard", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MeasureView.class)))
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public List<MeasureView> list() {
        return results.scorecard().stream().map(row -> {
            Measure m = row.measure();
            Map<String, Json.Stats> aspects = new LinkedHashMap<>();
            for (Aspect a : Aspect.values()) {
                aspects.put(a.key(), Json.Stats.of(row.of(a)));
            }
            return new MeasureView(m.getId(), Json.Text.of(m.getInstitution()), Json.Text.of(m.getTitle()),
                    Json.Text.of(m.getDescription()), m.getStartsOn(), m.getEndsOn(), m.getSourceList(), row.count(),
                    aspects, links.absolute("/survey/measure.xhtml?id=" + m.getId()));
        }).toList();
    }
}
