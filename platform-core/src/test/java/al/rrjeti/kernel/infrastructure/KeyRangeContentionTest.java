package al.rrjeti.kernel.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/**
 * Which failures the conflict interceptor runs again: Derby's key-range contention and a deadlock's
 * victim; not a lock that was not had in time, nor an optimistic-lock conflict.
 */
class KeyRangeContentionTest {

    private static Throwable derbyFailure(String sqlState, String frameClass) {
        SQLException cause = new SQLException("A lock could not be obtained within the time requested", sqlState);
        cause.setStackTrace(new StackTraceElement[] {
            new StackTraceElement(frameClass, "getCurrentValueAndAdvance", "X.java", 1)});
        SQLTransactionRollbackException wrapped = new SQLTransactionRollbackException(cause.getMessage(), sqlState,
                cause);
        return new PersistenceException("insert failed", wrapped);
    }

    @Test
    void theSequenceUpdatersLockTimeoutIsRunAgain() {
        assertThat(ConflictInterceptor.isKeyRangeContention(
                derbyFailure("40XL1", "org.apache.derby.impl.sql.catalog.SequenceUpdater"))).isTrue();
    }

    @Test
    void otherLockTimeoutsAndDeadlocksAreNot() {
        assertThat(ConflictInterceptor.isKeyRangeContention(
                derbyFailure("40XL1", "org.apache.derby.impl.sql.execute.UpdateResultSet"))).as("a row lock").isFalse();
        assertThat(ConflictInterceptor.isKeyRangeContention(
                derbyFailure("40001", "org.apache.derby.impl.sql.catalog.SequenceUpdater"))).as("a deadlock").isFalse();
        assertThat(ConflictInterceptor.isKeyRangeContention(new IllegalStateException("x"))).isFalse();
    }

    @Test
    void aDeadlocksVictimIsRunAgainALockTimeoutIsNot() {
        assertThat(ConflictInterceptor.isDeadlockVictim(
                derbyFailure("40001", "org.apache.derby.impl.sql.execute.InsertResultSet"))).isTrue();
        assertThat(ConflictInterceptor.isDeadlockVictim(
                derbyFailure("40XL1", "org.apache.derby.impl.sql.execute.UpdateResultSet"))).isFalse();
        assertThat(ConflictInterceptor.isDeadlockVictim(new PersistenceException(
                new jakarta.persistence.OptimisticLockException("someone saved first")))).isFalse();
    }
}
