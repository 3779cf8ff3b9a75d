package dev.beacon.channel.kit.rest;

import dev.beacon.channel.kit.model.Consent;
import dev.beacon.channel.kit.model.ConsentRequest;
import dev.beacon.channel.kit.model.LinkCode;
import dev.beacon.channel.kit.model.LinkRequest;
import dev.beacon.channel.kit.model.PinSetting;
import dev.beacon.channel.kit.model.Profile;
import dev.beacon.channel.kit.model.ProfileUpdate;
import dev.beacon.channel.kit.model.Recovery;
import dev.beacon.channel.kit.model.SignIn;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/**
 * A person's endpoints, called as a channel client for the person named in {@code Beacon-Subject}.
 * The bearer token is added by {@link BearerTokenFilter}.
 */
@Path("/api/v1/sites/{site}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(ProblemResponseMapper.class)
public interface PeopleApi {

    String SUBJECT = "Beacon-Subject";

    @GET
    @Path("me")
    Profile me(@PathParam("site") String site, @HeaderParam(SUBJECT) String subject);

    @PUT
    @Path("me")
    Profile update(@PathParam("site") String site, @HeaderParam(SUBJECT) String subject, ProfileUpdate request);

    @PUT
    @Path("me/pin")
    Profile setPin(@PathParam("site") String site, @HeaderParam(SUBJECT) String subject, PinSetting request);

    @POST
    @Path("me/consents")
    Consent consent(@PathParam("site") String site, @HeaderParam(SUBJECT) String subject, ConsentRequest request);

    /** The person's latest record of {@code document} (accepted or withdrawn); {@code not-found} when none. */
    @GET
    @Path("me/consents/{document}")
    Consent consentOf(
            @PathParam("site") String site,
            @HeaderParam(SUBJECT) String subject,
            @PathParam("document") String document);

    @POST
    @Path("me/link-code")
    LinkCode linkCode(@PathParam("site") String site, @HeaderParam(SUBJECT) String subject);

    @POST
    @Path("me/link")
    Profile link(@PathParam("site") String site, @HeaderParam(SUBJECT) String subject, LinkRequest request);

    /** Raw JSON, so a download holds everything the API holds, including fields this client does not know. */
    @GET
    @Path("me/export")
    String export(@PathParam("site") String site, @HeaderParam(SUBJECT) String subject);

    @DELETE
    @Path("me")
    void erase(@PathParam("site") String site, @HeaderParam(SUBJECT) String subject);

    @DELETE
    @Path("me/identity")
    void forget(@PathParam("site") String site, @HeaderParam(SUBJECT) String subject);

    @POST
    @Path("sign-in")
    Profile signIn(@PathParam("site") String site, @HeaderParam(SUBJECT) String subject, SignIn request);

    @POST
    @Path("recover")
    Profile recover(@PathParam("site") String site, @HeaderParam(SUBJECT) String subject, Recovery request);
}
