package dev.beacon.api.profiles;

import dev.beacon.api.profiles.ChannelActor.Subject;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The person a GraphQL mutation acts for: the same {@value ChannelActor#HEADER} header and the same checks as
 * the REST endpoints, read from the HTTP request that carries the GraphQL operation.
 */
@RequestScoped
public class GraphQLPerson {

    @Inject
    CurrentVertxRequest request;

    @Inject
    ChannelActor actor;

    public Subject subject() {
        var current = request.getCurrent();
        return actor.subject(current == null ? null : current.request().getHeader(ChannelActor.HEADER));
    }
}
