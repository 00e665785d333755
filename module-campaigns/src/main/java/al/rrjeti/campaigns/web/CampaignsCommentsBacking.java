package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.PositionComments;
import al.rrjeti.campaigns.application.PositionService;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.campaigns.domain.PositionComment;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.text.Markdown;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The discussion on {@code campaigns/position.xhtml}: the text paragraph by paragraph, each with
 * its comments and proposed changes beside it; commenting, and the initiators' decisions.
 */
@Named("campaignsCommentsBacking")
@ViewScoped
public class CampaignsCommentsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One paragraph of the shown text, its number from 1, and what was said about it. */
    public record Paragraph(int index, int number, String html, List<PositionComment> comments) {
    }

    @Inject
    private transient PositionComments comments;

    @Inject
    private transient PositionService positions;

    @Inject
    private transient CurrentLanguage language;

    @Inject
    private transient Markdown markdown;

    @Inject
    private transient Messages messages;

    private Long id;
    private Integer paragraph;
    private String body;
    private String proposedText;
    private String reason;
    private transient List<Paragraph> paragraphs;

    private Position position() {
        return positions.read(id);
    }

    /** The language of the text shown (the reader's, or the one it is written in), which comments anchor to. */
    public String getTextLanguage() {
        return position().getBody().languageIn(language.getLocale());
    }

    public List<Paragraph> getParagraphs() {
        if (paragraphs == null) {
            paragraphs = comments.discussion(id, getTextLanguage()).stream()
                    .map(d -> new Paragraph(d.index(), d.index() + 1, markdown.toHtml(d.text()), d.comments()))
                    .toList();
        }
        return paragraphs;
    }

    public boolean isMayComment() {
        return comments.mayComment(position());
    }

    public boolean isMayDecide() {
        Position p = position();
        return !p.getStatus().frozen() && positions.mayWrite(p);
    }

    public void comment() {
        int at = paragraph == null ? -1 : paragraph;
        if (messages.attempt("comment", () -> comments.comment(id, getTextLanguage(), at, body, proposedText),
                proposedText == null || proposedText.isBlank() ? "campaigns.comment.added" : "campaigns.proposal.added")) {
            body = null;
            proposedText = null;
        }
        paragraphs = null;
    }

    /** Accepted: the page opens afresh on the new version, its version number and diff. */
    public String accept(Long commentId) {
        paragraphs = null;
        if (messages.attempt("decide", () -> comments.accept(commentId), "campaigns.proposal.accepted")) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/campaigns/position.xhtml?id=" + id + "&faces-redirect=true";
        }
        return null;
    }

    public void reject(Long commentId) {
        if (messages.attempt("decide", () -> comments.reject(commentId, reason), "campaigns.proposal.rejected")) {
            reason = null;
        }
        paragraphs = null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getParagraph() {
        return paragraph;
    }

    public void setParagraph(Integer paragraph) {
        this.paragraph = paragraph;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getProposedText() {
        return proposedText;
    }

    public void setProposedText(String proposedText) {
        this.proposedText = proposedText;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
