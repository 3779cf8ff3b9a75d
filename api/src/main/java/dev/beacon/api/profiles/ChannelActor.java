package dev.beacon.api.profiles;

import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.Headers;
import dev.beacon.api.shared.security.SiteRole;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person a channel adapter acts for. Only a service account with the {@code channel} role may name
 * a person, in the {@value #HEADER} header, and only on its own channel: the {@code messenger} client can
 * speak for {@code messenger:…} identities and for no others.
 */
@RequestScoped
public class ChannelActor {

    public static final String HEADER = Headers.SUBJECT;
    private static final Pattern SUBJECT = Pattern.compile("^([a-z][a-z0-9]{1,19}):(\\S{1,200})$");

    /** A channel identity, e.g. {@code whatsapp:15550100000}. */
    public record Subject(String channel, String externalId) {

        @Override
        public String toString() {
            return channel + ":" + externalId;
        }
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** Checks the caller and parses the {@value #HEADER} value it sent. */
    public Subject subject(String value) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole(SiteRole.CHANNEL)) {
            throw new ForbiddenException();
        }
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(HEADER, "name the person you act for, e.g. whatsapp:15550100000");
        }
        var match = SUBJECT.matcher(value.strip());
        if (!match.matches()) {
            throw ProblemException.invalid(HEADER, "must be <channel>:<id>, e.g. whatsapp:15550100000");
        }
        String client = token.getClaim("azp");
        if (client == null || !client.equals(match.group(1))) {
            throw new ForbiddenException();
        }
        return new Subject(match.group(1), match.group(2));
    }
}
