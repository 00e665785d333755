package al.rrjeti.kernel.rest;

import al.rrjeti.kernel.api.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Input a service refuses, over REST (a module's resource lets the kernel's {@link InvalidInputException}
 * through): 400 with the API's error body naming the input ({@code field}) and saying why in the caller's
 * language ({@code text}), for the first of its problems; {@code message} keeps its message key.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Inject
    private Refusals refusals;

    @Override
    public Response toResponse(InvalidInputException e) {
        if (e.violations().isEmpty()) {
            return refusals.answer(400, e.messageKey(), null, e);
        }
        InvalidInputException.Violation first = e.violations().get(0);
        return refusals.answer(400, first.messageKey(), first.field(), first.messageKey(),
                first.arguments().toArray());
    }
}
