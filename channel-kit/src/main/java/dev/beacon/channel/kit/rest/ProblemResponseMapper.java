package dev.beacon.channel.kit.rest;

import dev.beacon.channel.kit.model.Problem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns API errors into {@link ApiProblemException} (4xx, with the problem+json body) or {@link ApiUnavailableException} (5xx). */
public class ProblemResponseMapper implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            return new ApiUnavailableException(status, response.getStatusInfo().getReasonPhrase());
        }
        Problem problem = null;
        MediaType type = response.getMediaType();
        if (type != null && type.getSubtype().endsWith("json") && response.hasEntity()) {
            try {
                problem = response.readEntity(Problem.class);
            } catch (RuntimeException unreadable) {
                problem = null;
            }
        }
        if (problem == null || problem.type() == null) {
            problem = new Problem(
                    Problem.BASE + "http-" + status, response.getStatusInfo().getReasonPhrase(), status, null, null);
        }
        return new ApiProblemException(problem, retryAfter(response.getHeaderString("Retry-After")));
    }

    private static Long retryAfter(String header) {
        if (header == null || !header.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Long.parseLong(header.strip());
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
