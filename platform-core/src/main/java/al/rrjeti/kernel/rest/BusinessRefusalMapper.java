package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.BusinessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A business rule's refusal over REST (a service's {@link BusinessException} a resource lets through):
 * 400 with the API's error body, its message key as {@code message} and the words to show the person
 * as {@code text}, in the caller's language. The kernel's more particular refusals have mappers of their
 * own: {@link AccessDeniedMapper} (401/403), {@link InvalidInputMapper} (400 with the field),
 * {@link RateLimitedMapper} (429).
 */
@Provider
public class BusinessRefusalMapper implements ExceptionMapper<BusinessException> {

    @Inject
    private Refusals refusals;

    @Override
    public Response toResponse(BusinessException e) {
        return refusals.answer(400, e.messageKey(), null, e);
    }
}
