package al.rrjeti.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account follows a thread or a whole category, and hears of new posts in it. */
@Entity
@Table(name = "forum_follow")
public class Follow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "category_id")
    private Long categoryId;

    protected Follow() {
    }

    public static Follow thread(Long accountId, Long threadId) {
        Follow f = new Follow();
        f.accountId = accountId;
        f.threadId = threadId;
        return f;
    }

    public static Follow category(Long accountId, Long categoryId) {
        Follow f = new Follow();
        f.accountId = accountId;
        f.categoryId = categoryId;
        return f;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Long getCategoryId() {
        return categoryId;
    }
}
