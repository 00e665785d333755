package al.rrjeti.kernel.testing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * One unit of a test's concurrent work, run as a request runs it: with a request context of its
 * own, no transaction of its own (the services start theirs), and a container invocation of its
 * own.
 *
 * <p>The invocation matters on Payara: a thread made by a managed thread factory gets a copy of
 * its creator's invocation whose registry of non-transactional entity managers is the very same
 * map, and the end of that copy closes every entity manager in it — those of the test's own
 * thread included (EclipseLink then fails with "databaseSession is null"). Work run inside an
 * enterprise bean keeps its entity managers in the bean invocation's registry instead.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Isolated {

    /** Runs the work; returns what it threw (null when it succeeded), so the container wraps nothing. */
    @ActivateRequestContext
    public Exception run(Concurrently.Work work, int writer, int round) {
        try {
            work.run(writer, round);
            return null;
        } catch (Exception e) {
            return e;
        }
    }
}
