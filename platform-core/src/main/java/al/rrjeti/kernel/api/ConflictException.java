package al.rrjeti.kernel.api;

/**
 * Someone else saved the same thing first (an optimistic-lock conflict), or at the same moment.
 * Nothing of this attempt was saved; the form keeps what the person wrote and the message asks
 * them to look and save again. Every transactional service's conflict reaches the web layer as
 * this exception ({@link al.rrjeti.kernel.infrastructure.ConflictTranslation}).
 */
public class ConflictException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public ConflictException(Throwable cause) {
        super("error.conflict");
        initCause(cause);
    }

    /**
     * Whether a failure is, somewhere in its causes, an optimistic-lock conflict (JPA's or EclipseLink's
     * own), or the database rolling back one of two transactions that met (SQL state class 40: a
     * deadlock, a lock that could not be had in time): both are people saving at the same moment, and
     * saving again is the answer.
     */
    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || "OptimisticLockException".equals(t.getClass().getSimpleName())
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }
}
