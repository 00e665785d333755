package al.rrjeti.library.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published publication as the public API shows it. */
@Schema(name = "Publication")
public record PublicationView(
        long id,
        @Schema(example = "monitoring-report") String kind,
        @Schema(description = "Title by language code") Map<String, String> title,
        @Schema(description = "Summary by language code") Map<String, String> summary,
        LocalDate publishedOn,
        @Schema(example = "sq") String language,
        @Schema(description = "Topic codes") List<String> topics,
        @Schema(description = "Directory ids of the authoring organisations") List<Long> organisations,
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
