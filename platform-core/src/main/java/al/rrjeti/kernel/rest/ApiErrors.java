package al.rrjeti.kernel.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every refusal of the REST API ({@code 400 pageSize is 1 to 100}, an unknown path, a wrong
 * method) answers JSON, never the server's HTML error page, which names the server and its
 * version.
 */
@Provider
public class ApiErrors implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response given = e.getResponse();
        if (given.hasEntity()) {
            return given;
        }
        return json(given.getStatus(), e.getMessage());
    }

    static Response json(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        Response.StatusType type = Response.Status.fromStatusCode(status);
        body.put("error", type == null ? "Error" : type.getReasonPhrase());
        if (message != null && !message.startsWith("HTTP ")) {
            body.put("message", message);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
