package al.rrjeti.kernel.infrastructure;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.ConflictException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;

/**
 * Turns an optimistic-lock failure into a {@link ConflictException}. It runs outside the
 * transaction interceptor ({@code PLATFORM_BEFORE + 200}), so a conflict found when the
 * transaction commits is caught too, not only one found at a flush.
 */
@AnswersConflicts
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;


    @AroundInvoke
    public Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (BusinessException e) {
            throw e;
        } catch (RuntimeException e) {
            if (ConflictException.isConflict(e)) {
                throw new ConflictException(e);
            }
            throw e;
        }
    }
}
