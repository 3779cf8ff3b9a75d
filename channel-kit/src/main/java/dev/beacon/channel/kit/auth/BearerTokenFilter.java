package dev.beacon.channel.kit.auth;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Adds the channel's bearer token to every call, and drops the token when the API no longer accepts it. */
public class BearerTokenFilter implements ClientRequestFilter, ClientResponseFilter {

    private final TokenSource tokens;

    public BearerTokenFilter(TokenSource tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.token());
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (response.getStatus() == 401) {
            tokens.invalidate();
        }
    }
}
