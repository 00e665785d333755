package al.rrjeti.forum.api;

import al.rrjeti.forum.application.ForumReading;
import al.rrjeti.forum.application.ForumReading.PostView;
import al.rrjeti.forum.application.ForumReading.ThreadPage;
import al.rrjeti.forum.application.ForumReading.ThreadSummary;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.web.ApiError;
import al.rrjeti.kernel.api.web.Links;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/forum/threads}: threads of a space, paged, and one thread with its posts. The network
 * space answers 401/403 to those who may not read it; hidden posts show no text.
 */
@Path("forum/threads")
@RequestScoped
@Tag(name = "Forum threads", description = "Threads of the public forum and, for members, of the network")
public class ThreadsResource {

    @Schema(name = "ForumThread", description = "A thread as its list shows it")
    public record ThreadView(long id, String space, String kind, String title, String author, boolean pseudonymous,
            Instant createdAt, Instant lastPostAt, int replies, boolean answered, boolean locked, boolean pinned,
            String addressee, LocalDate deadline, String link) {
    }

    @Schema(name = "ForumThreadPage", description = "A page of threads")
    public record Page(long total, int page, int pageSize, List<ThreadView> items) {
    }

    @Schema(name = "ForumPost", description = "A post; a hidden post shows no html")
    public record PostJson(long id, int number, String author, boolean pseudonymous, Instant createdAt, Instant editedAt,
            String status, String html, String officialFor, boolean accepted, Integer inReplyTo) {
    }

    @Schema(name = "ForumThreadWithPosts", description = "A thread with one page of its posts")
    public record ThreadWithPosts(ThreadView thread, List<PostJson> posts, int page, int pages) {
    }

    @Inject
    private ForumReading reading;

    @Inject
    private CurrentLanguage language;

    @Inject
    private Links links;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "forumListThreads",
            summary = "Threads of a space (public, or network for its members), latest activity first; page starts at 1")
    @APIResponse(responseCode = "200", description = "One page of the space's threads",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ForumThreadPage")))
    @APIResponse(responseCode = "400", ref = ApiError.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiError.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    // The network space is for members; the public space for everyone.
    @SecurityRequirement(name = ApiError.SESSION)
    @SecurityRequirement(name = ApiError.REMEMBER_ME)
    @SecurityRequirementsSet
    public Page list(@Parameter(description = "public, or network (members only)",
            schema = @Schema(enumeration = {"public", "network"})) @QueryParam("space") @DefaultValue("public")
            String space,
            @Parameter(description = "page number, from 1", schema = @Schema(minimum = "1"))
            @QueryParam("page") @DefaultValue("1") int page,
            @Parameter(description = "threads per page", schema = @Schema(minimum = "1", maximum = "100"))
            @QueryParam("pageSize") @DefaultValue("20") int pageSize) {
        Space s = Space.fromKey(space);
        if (s == null || page < 1 || pageSize < 1 || pageSize > 100) {
            throw new BadRequestException("space is public or network; page starts at 1; pageSize is 1 to 100");
        }
        List<ThreadView> items = reading.latest(s, page - 1, pageSize, language.getLocale()).stream()
                .map(this::view).toList();
        return new Page(reading.countLatest(s), page, pageSize, items);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "forumGetThread", summary = "One thread with its posts (200 per page; page starts at 1)")
    @APIResponse(responseCode = "200", description = "The thread and one page of its posts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ForumThreadWithPosts")))
    @APIResponse(responseCode = "401", ref = ApiError.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiError.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiError.NOT_FOUND)
    @SecurityRequirement(name = ApiError.SESSION)
    @SecurityRequirement(name = ApiError.REMEMBER_ME)
    @SecurityRequirementsSet
    public ThreadWithPosts get(@Parameter(description = "the thread's id", required = true) @PathParam("id") long id,
            @Parameter(description = "page of posts, from 1; past the last, the last",
                    schema = @Schema(minimum = "1")) @QueryParam("page") @DefaultValue("1") int page) {
        ThreadPage t;
        try {
            t = reading.thread(id, Math.max(0, page - 1), language.getLocale());
        } catch (al.rrjeti.kernel.api.AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            throw new NotFoundException();
        }
        ThreadSummary summary = new ThreadSummary(t.thread(), t.posts().isEmpty() ? null : t.posts().get(0).author(),
                t.thread().getPseudonym() != null, t.addressee());
        List<PostJson> posts = t.posts().stream().map(this::post).toList();
        return new ThreadWithPosts(view(summary), posts, t.page() + 1, t.pages());
    }

    private PostJson post(PostView p) {
        return new PostJson(p.post().getId(), p.post().getNumber(), p.author(), p.pseudonymous(), p.post().getCreatedAt(),
                p.post().getEditedAt(), p.post().getStatus().name(), p.shown() ? p.post().getBodyHtml() : null,
                p.official() == null ? null : p.official().getName(), p.accepted(), p.quotedNumber());
    }

    private ThreadView view(ThreadSummary s) {
        ForumThread t = s.thread();
        return new ThreadView(t.getId(), t.getSpace().key(), t.getKind().key(), t.getTitle(), s.author(),
                s.pseudonymous(), t.getCreatedAt(), t.getLastPostAt(), t.getReplyCount(), t.isAnswered(), t.isLocked(),
                t.isPinned(), s.addressee() == null ? null : s.addressee().getName(), t.getDeadline(),
                links.absolute("/forum/thread.xhtml?id=" + t.getId()));
    }
}
