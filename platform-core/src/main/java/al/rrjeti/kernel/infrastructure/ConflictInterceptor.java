package al.rrjeti.kernel.infrastructure;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.ConflictException;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns an optimistic-lock failure into a {@link ConflictException}, and runs again a transaction
 * the database rolled back for meeting another one — Derby's key-range contention, or a deadlock
 * it ended by choosing this transaction as its victim. It runs outside the transaction interceptor
 * ({@code PLATFORM_BEFORE + 200}), so a failure found when the transaction commits is caught too,
 * not only one found at a flush.
 */
@AnswersConflicts
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ConflictInterceptor.class.getName());

    /** Tries of a transaction the database rolled back for meeting another, the first included. */
    static final int ATTEMPTS = 3;

    @Resource
    private transient TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object translate(InvocationContext call) throws Exception {
        // Only the call that began the transaction may run it again: inside a caller's transaction
        // a failure has marked that transaction for rollback, and the caller's own call retries.
        boolean begins = transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION;
        for (int attempt = 1;; attempt++) {
            try {
                return call.proceed();
            } catch (BusinessException e) {
                throw e;
            } catch (RuntimeException e) {
                if (begins && attempt < ATTEMPTS && (isKeyRangeContention(e) || isDeadlockVictim(e))) {
                    LOG.log(Level.INFO, "{0} ran again: the database rolled its transaction back ({1})",
                            new Object[] {call.getMethod(), e.getMessage()});
                    continue;
                }
                if (ConflictException.isConflict(e)) {
                    // Answered with a message, not logged as an error; here for whoever asks why.
                    LOG.log(Level.FINE, call.getMethod() + " met a conflict", e);
                    throw new ConflictException(e);
                }
                throw e;
            }
        }
    }

    /**
     * Derby's identity columns take a range of keys from the catalog; when several transactions
     * need a new range at the same moment (the first inserts after a start), some give up at once
     * with 40XL1 from its {@code SequenceUpdater}. Nothing was written: running the transaction
     * again is right, and concurrent writers never fail on key generation.
     */
    static boolean isKeyRangeContention(Throwable failure) {
        boolean lockTimeout = false;
        boolean sequence = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "40XL1".equals(sql.getSQLState())) {
                lockTimeout = true;
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().endsWith(".SequenceUpdater")) {
                    sequence = true;
                    break;
                }
            }
        }
        return lockTimeout && sequence;
    }

    /**
     * Derby found two transactions waiting for each other's locks and rolled this one back (SQL
     * state 40001): nothing of it was written, and the other went on. Running it again is what a
     * person would do, and they should not be told that someone else saved first — nobody saved
     * this. A lock that was not had in time (40XL1, after a minute's wait) is not run again: the
     * person is told, rather than kept waiting another minute.
     */
    static boolean isDeadlockVictim(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
