package al.rrjeti.library.api;

import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.kernel.api.web.ApiError;
import al.rrjeti.kernel.api.web.Links;
import al.rrjeti.library.application.LibraryCatalogue;
import al.rrjeti.library.application.TopicService;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationKind;
import al.rrjeti.library.domain.PublicationQuery;
import al.rrjeti.library.domain.Topic;
import al.rrjeti.kernel.api.text.Csv;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/library/publications}: the catalogue as JSON, one publication, and a CSV export. */
@Path("library/publications")
@RequestScoped
@Tag(name = "Library publications", description = "The library's published catalogue: search, one publication, CSV export")
public class PublicationsResource {

    /** A page of results. */
    @Schema(name = "LibraryPublicationPage", description = "A page of publications")
    public record Page(long total, int page, int pageSize, List<PublicationView> items) {
    }

    @Inject
    private LibraryCatalogue catalogue;

    @Inject
    private TopicService topics;

    @Inject
    private StoredFiles files;

    @Inject
    private Links links;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "libraryListPublications",
            summary = "Published publications, filtered and paged (page starts at 1), newest first")
    @APIResponse(responseCode = "200", description = "One page of the matching publications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LibraryPublicationPage")))
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public Page list(@Parameter(description = "words to look for in titles, summaries and texts") @QueryParam("q") String q,
            @Parameter(description = "kind key, such as monitoring-report") @QueryParam("kind") String kind,
            @Parameter(description = "topic code") @QueryParam("topic") String topic,
            @Parameter(description = "directory id of an authoring organisation") @QueryParam("organisation")
            Long organisation,
            @Parameter(description = "year of publication") @QueryParam("year") Integer year,
            @Parameter(description = "language code of the document, such as sq") @QueryParam("language") String language,
            @Parameter(description = "page number, from 1", schema = @Schema(minimum = "1"))
            @QueryParam("page") @DefaultValue("1") int page,
            @Parameter(description = "publications per page", schema = @Schema(minimum = "1", maximum = "100"))
            @QueryParam("pageSize") @DefaultValue("20") int pageSize) {
        PublicationQuery query = query(q, kind, topic, organisation, year, language, page, pageSize);
        LibraryCatalogue.Page result = catalogue.search(query);
        Map<Long, String> codes = topicCodes();
        return new Page(result.total(), query.page() + 1, query.pageSize(),
                result.items().stream().map(p -> view(p, codes)).toList());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "libraryGetPublication", summary = "One published publication with its files")
    @APIResponse(responseCode = "200", description = "The publication",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "Publication")))
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public PublicationView get(@Parameter(description = "the publication's id", required = true) @PathParam("id") long id) {
        return catalogue.get(id).filter(Publication::isPublished).map(p -> view(p, topicCodes()))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(operationId = "libraryExportPublicationsCsv", summary = "The whole published catalogue as CSV (UTF-8)")
    @APIResponse(responseCode = "200", description = "One line per publication, with a header line",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    public Response csv() {
        Map<Long, String> codes = topicCodes();
        StreamingOutput body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("\uFEFFid,kind,title_sq,title_en,published_on,language,topics,organisations,page\n");
            int page = 0;
            List<Publication> batch;
            do {
                batch = catalogue.search(new PublicationQuery(null, null, null, null, null, null,
                        PublicationQuery.Sort.NEWEST, page++, 100)).items();
                for (Publication p : batch) {
                    w.write(String.join(",", String.valueOf(p.getId()), p.getKind().key(), Csv.cell(p.getTitle().getSq()),
                            Csv.cell(p.getTitle().getEn()), String.valueOf(p.getPublishedOn()), p.getDocumentLanguage(),
                            Csv.cell(p.getTopicIds().stream().map(codes::get).sorted().collect(Collectors.joining(" "))),
                            Csv.cell(p.getOrganisationIds().stream().map(String::valueOf).collect(Collectors.joining(" "))),
                            links.absolute("/library/publication.xhtml?id=" + p.getId())));
                    w.write('\n');
                }
            } while (batch.size() == 100);
            w.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"rrjeti-library.csv\"").build();
    }

    private PublicationQuery query(String q, String kind, String topic, Long organisation, Integer year,
            String language, int page, int pageSize) {
        PublicationKind k = kind == null || kind.isBlank() ? null : PublicationKind.fromKey(kind);
        if (kind != null && !kind.isBlank() && k == null) {
            throw new BadRequestException("unknown kind");
        }
        Long topicId = topic == null || topic.isBlank() ? null : topics.all().stream()
                .filter(t -> t.getCode().equals(topic)).map(Topic::getId).findFirst()
                .orElseThrow(() -> new BadRequestException("unknown topic"));
        if (page < 1 || pageSize < 1 || pageSize > 100) {
            throw new BadRequestException("page starts at 1; pageSize is 1 to 100");
        }
        return new PublicationQuery(k, topicId, organisation, year, language, q, PublicationQuery.Sort.NEWEST,
                page - 1, pageSize);
    }

    private PublicationView view(Publication p, Map<Long, String> codes) {
        return new PublicationView(p.getId(), p.getKind().key(), bilingual(p.getTitle()),
                bilingual(p.getSummary()), p.getPublishedOn(), p.getDocumentLanguage(),
                p.getTopicIds().stream().map(codes::get).sorted().toList(),
                p.getOrganisationIds().stream().sorted().toList(), p.getExternalUrl(), p.getLicence(),
                catalogue.files(p.getId()).stream().map(s -> s.current()).map(f -> files.find(f.getFileId())
                        .map(stored -> new PublicationView.FileView(stored.getOriginalName(), stored.getContentType(),
                                stored.getSize(), f.getDownloads(), links.absolute("/library/download/" + f.getId())))
                        .orElse(null)).filter(v -> v != null).toList(),
                links.absolute("/library/publication.xhtml?id=" + p.getId()));
    }

    private Map<Long, String> topicCodes() {
        return topics.all().stream().collect(Collectors.toMap(Topic::getId, Topic::getCode));
    }

    /** The languages a text has, by code, Albanian first; a missing language is left out. */
    private static Map<String, String> bilingual(BilingualText text) {
        Map<String, String> m = new LinkedHashMap<>();
        if (text.getSq() != null) {
            m.put(Language.SQ.code(), text.getSq());
        }
        if (text.getEn() != null) {
            m.put(Language.EN.code(), text.getEn());
        }
        return m;
    }
}
