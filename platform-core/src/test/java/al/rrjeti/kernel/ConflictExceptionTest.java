package al.rrjeti.kernel;

import al.rrjeti.kernel.api.ConflictException;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

class ConflictExceptionTest {

    @Test
    void anOptimisticLockFailureIsFoundWhereverTheTransactionWrappedIt() {
        RollbackException atCommit = new RollbackException("commit failed");
        atCommit.initCause(new OptimisticLockException("row changed"));
        assertThat(ConflictException.isConflict(new IllegalStateException(atCommit))).isTrue();
        assertThat(ConflictException.isConflict(new IllegalStateException(new RuntimeException("other")))).isFalse();
        assertThat(ConflictException.isConflict(new RuntimeException(new java.sql.SQLException(
                "A lock could not be obtained due to a deadlock", "40001")))).as("a deadlock").isTrue();
        assertThat(ConflictException.isConflict(new RuntimeException(new java.sql.SQLException(
                "Too much contention on sequence", "40XL1")))).isTrue();
        assertThat(ConflictException.isConflict(new RuntimeException(new java.sql.SQLException(
                "duplicate key", "23505")))).isFalse();
    }
}
