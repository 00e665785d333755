package al.rrjeti.forum.application;

import al.rrjeti.forum.ForumModule;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.Permissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who may read and write in which space: the rules every forum service checks first. */
@ApplicationScoped
public class ForumAccess {

    @Inject
    private Permissions permissions;

    @Inject
    private Caller caller;

    public boolean mayRead(Space space) {
        return space == Space.PUBLIC || permissions.may(ForumModule.NETWORK);
    }

    public void requireRead(Space space) {
        if (!mayRead(space)) {
            throw new AccessDeniedException();
        }
    }

    public boolean mayPost(Space space) {
        return space == Space.PUBLIC ? permissions.may(ForumModule.POST) : permissions.may(ForumModule.NETWORK);
    }

    public void requirePost(Space space) {
        if (!mayPost(space)) {
            throw new AccessDeniedException();
        }
    }

    public boolean isModerator() {
        return permissions.may(ForumModule.MODERATE);
    }

    public void requireModerator() {
        permissions.require(ForumModule.MODERATE);
    }

    public boolean mayUsePseudonym(Space space) {
        return space == Space.PUBLIC && permissions.may(ForumModule.PSEUDONYM);
    }

    public boolean mayAnswerOfficially() {
        return permissions.may(ForumModule.OFFICIAL);
    }

    public boolean mayManage() {
        return permissions.may(ForumModule.MANAGE);
    }

    /** Whether the caller may reply in the thread: a poster of its space while it is visible and open, or a moderator. */
    public boolean mayReply(ForumThread thread) {
        boolean moderator = isModerator();
        return mayPost(thread.getSpace()) && (thread.isVisible() || moderator) && (!thread.isLocked() || moderator);
    }

    /** Whether the caller may rewrite the post: its author while the thread is open, or a moderator. */
    public boolean mayEdit(Post post, ForumThread thread) {
        if (isModerator()) {
            return true;
        }
        return caller.account().map(a -> a.getId().equals(post.getAuthorId())).orElse(false) && !thread.isLocked();
    }
}
