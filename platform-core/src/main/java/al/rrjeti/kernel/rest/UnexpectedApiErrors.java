package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.BusinessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a resource did not expect still answers JSON: a business rule's refusal 400, anything else
 * 500 (logged here, not shown).
 */
@Provider
public class UnexpectedApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof BusinessException b) {
            return ApiErrors.json(Response.Status.BAD_REQUEST.getStatusCode(), b.getMessage());
        }
        LOG.log(Level.WARNING, "A REST request failed", e);
        return ApiErrors.json(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), null);
    }
}
