package al.rrjeti.forum.infrastructure;

import al.rrjeti.forum.application.ForumAccess;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.kernel.spi.FileAccessRule;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.api.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Attachments: whoever may read the post may have its files; a hidden or held post's, its author and moderators. */
@ApplicationScoped
public class ForumFileAccess implements FileAccessRule {

    @Inject
    private ForumRepository repository;

    @Inject
    private ForumAccess access;

    @Override
    public Optional<Boolean> mayRead(FileRef file, Caller user) {
        return repository.attachmentOfFile(file.getId()).map(a -> {
            Post post = repository.post(a.getPostId()).orElse(null);
            ForumThread thread = post == null ? null : repository.thread(post.getThreadId()).orElse(null);
            if (thread == null || !access.mayRead(thread.getSpace())) {
                return false;
            }
            boolean mine = user.account().map(me -> me.getId().equals(post.getAuthorId())).orElse(false);
            return (post.isVisible() && thread.isVisible()) || mine || access.isModerator();
        });
    }
}
