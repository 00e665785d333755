package al.rrjeti.kernel.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a resource did not expect still answers JSON: 500, logged here, not shown. (A business rule's
 * refusal has its own mappers: {@link BusinessRefusalMapper} and the more particular ones it names.)
 */
@Provider
public class UnexpectedApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        LOG.log(Level.WARNING, "A REST request failed", e);
        return ApiErrors.json(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), null);
    }
}
