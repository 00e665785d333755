package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.NewsletterDraft;
import java.io.Serializable;

/** What the newsletter form holds: a subject and a text, each in either language or both. */
public class NewsletterForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final BilingualField subject = new BilingualField();
    private final BilingualField body = new BilingualField();

    NewsletterDraft draft() {
        return new NewsletterDraft(subject.getSq(), subject.getEn(), body.getSq(), body.getEn());
    }

    public BilingualField getSubject() {
        return subject;
    }

    public BilingualField getBody() {
        return body;
    }
}
