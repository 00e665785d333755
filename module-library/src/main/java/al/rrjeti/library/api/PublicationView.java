package al.rrjeti.library.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published publication as the public API shows it. */
@Schema(name = "Publication")
public record PublicationView(
        long id,
        @Schema(example = "monitoring-report") String kind,
        @Schema(description = "Title by language code", additionalProperties = String.class) Map<String, String> title,
        @Schema(description = "Summary by language code", additionalProperties = String.class) Map<String, String> summary,
        @Schema(type = SchemaType.STRING, format = "date", example = "2026-03-31") LocalDate publishedOn,
        @Schema(example = "sq") String language,
        // type and implementation spelled out: Payara otherwise describes the items as arrays
        @Schema(description = "Topic codes", type = SchemaType.ARRAY, implementation = String.class)
        List<String> topics,
        @Schema(description = "Directory ids of the authoring organisations", type = SchemaType.ARRAY,
                implementation = Long.class) List<Long> organisations,
        String externalUrl,
        String licence,
        List<FileView> files,
        @Schema(description = "The publication's page") String page) {

    /** A current file of the publication. */
    @Schema(name = "PublicationFile")
    public record FileView(String name, String contentType, long size, long downloads,
            @Schema(description = "Download address (counts the download)") String url) {
    }
}
