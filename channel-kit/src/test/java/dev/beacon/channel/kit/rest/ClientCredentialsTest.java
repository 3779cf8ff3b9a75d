package dev.beacon.channel.kit.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.beacon.channel.kit.model.TokenResponse;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client_credentials grant on the wire, against a minimal token endpoint on loopback. */
@QuarkusTest
class ClientCredentialsTest {

    @Test
    void postsTheGrantAsAFormWithTheClientInBasicAuthAndReadsTheToken() throws IOException {
        List<String> seen = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> {
            seen.add(exchange.getRequestMethod());
            seen.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            seen.add(exchange.getRequestHeaders().getFirst("Authorization"));
            seen.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"access_token\":\"abc.def\",\"token_type\":\"Bearer\",\"expires_in\":300}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            TokenApi endpoint = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(
                            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token"))
                    .build(TokenApi.class);

            TokenResponse token = new ClientCredentials(endpoint, "beacon-web", "s3cr:t").get();

            assertEquals("abc.def", token.accessToken());
            assertEquals(300L, token.expiresIn());
            assertEquals("POST", seen.get(0));
            assertEquals("application/x-www-form-urlencoded", seen.get(1));
            assertEquals("Basic YmVhY29uLXdlYjpzM2NyJTNBdA==", seen.get(2)); // beacon-web:s3cr%3At
            assertEquals("grant_type=client_credentials", seen.get(3));
        } finally {
            server.stop(0);
        }
    }
}
