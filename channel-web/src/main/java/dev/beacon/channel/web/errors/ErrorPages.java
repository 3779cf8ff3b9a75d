package dev.beacon.channel.web.errors;

import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.kit.rest.ApiUnavailableException;
import dev.beacon.channel.web.i18n.Texts;
import dev.beacon.channel.web.view.Templates;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Error pages in the person's language: a missing page is 404, an API that cannot be reached is 503. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        return page(404, "error.not-found", uri, headers);
    }

    @ServerExceptionMapper
    public Response apiRefused(ApiProblemException e, UriInfo uri, HttpHeaders headers) {
        if (e.status() == 404) {
            return page(404, "error.not-found", uri, headers);
        }
        LOG.warnf("The API refused a call the web did not expect to be refused: %s", e.getMessage());
        return page(503, "error.unavailable", uri, headers);
    }

    @ServerExceptionMapper({
        ApiUnavailableException.class,
        ProcessingException.class,
        CircuitBreakerOpenException.class,
        TimeoutException.class
    })
    public Response unavailable(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        LOG.warnf("The API could not be reached: %s", e.toString());
        return page(503, "error.unavailable", uri, headers);
    }

    private static Response page(int status, String key, UriInfo uri, HttpHeaders headers) {
        Texts texts = Texts.forLocale(language(
                uri.getQueryParameters().getFirst("lang"), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(texts.language(), texts.get(key + ".title"), texts.get(key + ".text")))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static String language(String lang, String acceptLanguage) {
        if (lang != null) {
            return lang;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String best = java.util.Locale.lookupTag(
                        java.util.Locale.LanguageRange.parse(acceptLanguage), Texts.LANGUAGES);
                return best == null ? "en" : best;
            } catch (IllegalArgumentException malformed) {
                return "en";
            }
        }
        return "en";
    }
}
