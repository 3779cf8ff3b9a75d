package dev.beacon.api.profiles;

import dev.beacon.api.profiles.ProfileRequests.ConsentRequest;
import dev.beacon.api.profiles.ProfileRequests.LinkRequest;
import dev.beacon.api.profiles.ProfileRequests.PinRequest;
import dev.beacon.api.profiles.ProfileRequests.ProfileUpdateRequest;
import dev.beacon.api.profiles.ProfileRequests.RecoverRequest;
import dev.beacon.api.profiles.ProfileRequests.SignInRequest;
import dev.beacon.api.profiles.ProfileResponses.ConsentResponse;
import dev.beacon.api.profiles.ProfileResponses.LinkCodeResponse;
import dev.beacon.api.profiles.ProfileResponses.ProfileExportResponse;
import dev.beacon.api.profiles.ProfileResponses.ProfileResponse;
import dev.beacon.api.shared.http.PrivateResponses;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A person's own profile, through the channel they use. Called by channel adapters (service accounts with
 * the {@code channel} role) naming the person in the {@code Beacon-Subject} header; nothing here is cacheable.
 */
@Path("/api/v1/sites/{site}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People (channel clients)")
public class MeResource {

    @Inject
    ProfileService profiles;

    @Inject
    SignInService signIn;

    @Inject
    ChannelActor actor;

    @PathParam("site")
    String site;

    @HeaderParam(ChannelActor.HEADER)
    @Parameter(required = true, description = "The person the channel acts for, e.g. whatsapp:15550100000")
    String subject;

    @GET
    @Path("me")
    @Operation(summary = "The person's profile; the first contact creates it")
    public RestResponse<ProfileResponse> me() {
        return PrivateResponses.ok(profiles.view(site, actor.subject(subject)));
    }

    @PUT
    @Path("me")
    @Operation(summary = "Change the person's alias, avatar, date of birth, gender and location")
    @APIResponse(responseCode = "409", description = "The alias is taken on this site")
    @APIResponse(
            responseCode = "422",
            description = "banned-text: the alias contains a banned word, a phone number or an e-mail address")
    @APIResponse(responseCode = "200")
    public RestResponse<ProfileResponse> update(@Valid @NotNull ProfileUpdateRequest request) {
        return PrivateResponses.ok(profiles.update(site, actor.subject(subject), request));
    }

    @PUT
    @Path("me/pin")
    @Operation(summary = "Set the web PIN and a security question for recovery")
    public RestResponse<ProfileResponse> pin(@Valid @NotNull PinRequest request) {
        return PrivateResponses.ok(signIn.setPin(site, actor.subject(subject), request));
    }

    @POST
    @Path("me/consents")
    @Operation(summary = "Record that the person accepted a document in a version")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    public RestResponse<ConsentResponse> consent(@Valid @NotNull ConsentRequest request) {
        return PrivateResponses.created(profiles.consent(site, actor.subject(subject), request));
    }

    @GET
    @Path("me/consents/{document}")
    @Operation(
            summary = "The person's latest record of a document: accepted, or withdrawn (e.g. a chat channel's "
                    + "\"contact\" consent after STOP); 404 when there is none")
    public RestResponse<ConsentResponse> latestConsent(
            @PathParam("document") @Size(max = 60) @Parameter(description = "e.g. contact, terms") String document) {
        return PrivateResponses.ok(profiles.latestConsent(site, actor.subject(subject), document));
    }

    @GET
    @Path("me/export")
    @Operation(summary = "Everything Beacon holds about the person, as JSON")
    public RestResponse<ProfileExportResponse> export() {
        return PrivateResponses.ok(profiles.export(site, actor.subject(subject)));
    }

    @DELETE
    @Path("me")
    @Operation(summary = "Erase the person: profile, identities, consents and answers")
    @APIResponse(responseCode = "204", description = "Erased")
    public RestResponse<Void> erase() {
        profiles.erase(site, actor.subject(subject));
        return RestResponse.noContent();
    }

    @DELETE
    @Path("me/identity")
    @Operation(
            summary = "Forget the identity the caller acts for (sign-out): the profile stays, reached by its other "
                    + "identities or by alias and PIN; refused for a profile's only identity when it has no PIN")
    @APIResponse(responseCode = "204", description = "Forgotten (or never known)")
    @APIResponse(responseCode = "409", description = "The profile's only identity, with no PIN to come back with")
    public RestResponse<Void> forget() {
        profiles.forget(site, actor.subject(subject));
        return RestResponse.noContent();
    }

    @POST
    @Path("sign-in")
    @Operation(summary = "Web sign-in with alias and PIN; links the caller's identity to that profile")
    @APIResponse(responseCode = "423", description = "locked: too many wrong PINs or answers in a row; try again later")
    @APIResponse(responseCode = "200")
    public RestResponse<ProfileResponse> signIn(@Valid @NotNull SignInRequest request) {
        return PrivateResponses.ok(signIn.signIn(site, actor.subject(subject), request.alias(), request.pin()));
    }

    @POST
    @Path("recover")
    @Operation(summary = "Set a new PIN with the answer to the security question; links the caller's identity")
    @APIResponse(responseCode = "423", description = "locked: too many wrong PINs or answers in a row; try again later")
    @APIResponse(responseCode = "200")
    public RestResponse<ProfileResponse> recover(@Valid @NotNull RecoverRequest request) {
        return PrivateResponses.ok(signIn.recover(
                site, actor.subject(subject), request.alias(), request.securityAnswer(), request.newPin()));
    }

    @POST
    @Path("me/link-code")
    @Operation(summary = "A one-time code (10 minutes) to type on another channel to link it to this person")
    public RestResponse<LinkCodeResponse> linkCode() {
        return PrivateResponses.ok(signIn.linkCode(site, actor.subject(subject)));
    }

    @POST
    @Path("me/link")
    @Operation(summary = "Link the caller's channel identity to the person who was shown this code")
    public RestResponse<ProfileResponse> link(@Valid @NotNull LinkRequest request) {
        return PrivateResponses.ok(signIn.link(site, actor.subject(subject), request.code()));
    }
}
