package dev.beacon.channel.kit.rest;

import dev.beacon.channel.kit.model.TokenResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;

/** OAuth2 client_credentials grant (RFC 6749 §4.4) with the client authenticated by HTTP Basic. */
public class ClientCredentials implements Supplier<TokenResponse> {

    private final TokenApi endpoint;
    private final String basic;

    public ClientCredentials(TokenApi endpoint, String id, String secret) {
        this.endpoint = endpoint;
        this.basic = basic(id, secret);
    }

    @Override
    public TokenResponse get() {
        return endpoint.clientCredentials(basic, "client_credentials");
    }

    /** RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and Base64-encoded. */
    static String basic(String id, String secret) {
        String pair =
                URLEncoder.encode(id, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
