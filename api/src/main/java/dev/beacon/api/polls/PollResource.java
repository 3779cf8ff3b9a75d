package dev.beacon.api.polls;

import dev.beacon.api.community.Feature;
import dev.beacon.api.community.PublicReads;
import dev.beacon.api.polls.PollRequests.VoteRequest;
import dev.beacon.api.polls.PollResponses.MyPollResponse;
import dev.beacon.api.polls.PollResponses.PollResponse;
import dev.beacon.api.polls.PollResponses.PollResultsResponse;
import dev.beacon.api.polls.PollResponses.VoteResponse;
import dev.beacon.api.profiles.ChannelActor;
import dev.beacon.api.shared.cache.PublishedState;
import dev.beacon.api.shared.cache.PublishedState.Epoch;
import dev.beacon.api.shared.cache.ResponseCache;
import dev.beacon.api.shared.cache.ResponseCache.Delivered;
import dev.beacon.api.shared.config.BeaconConfig;
import dev.beacon.api.shared.http.LocalisedSiteResource;
import dev.beacon.api.shared.http.PrivateResponses;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Polls for the public (cacheable: the same bytes for everyone) and for a person acting through a channel
 * (never cached). Nothing a person answered ever appears in a public response.
 */
@Path("/api/v1/sites/{site}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Polls")
public class PollResource extends LocalisedSiteResource {

    @Inject
    SiteDirectory sites;

    @Inject
    PollDelivery delivery;

    @Inject
    PollService polls;

    @Inject
    ChannelActor actor;

    @Inject
    PublishedState state;

    @Inject
    ResponseCache cache;

    @Inject
    PublicReads reads;

    @Inject
    Clock clock;

    @Inject
    BeaconConfig config;

    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    String ifNoneMatch;

    @GET
    @Path("polls/{id}")
    @Operation(summary = "A published poll: question, choices in editor order, state and options")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PollResponse.class)))
    public Response poll(@PathParam("id") long id) {
        SiteView view = sites.require(site);
        Feature.polls.requireOn(view);
        PollDelivery.Definition d = delivery.definition(view, id);
        Epoch siteEpoch = state.epoch(view.id());
        // The state (upcoming, open, closed) is part of the body: a cached copy must end when it changes.
        Instant change = delivery.nextChange(d);
        Instant until = change != null && change.isBefore(siteEpoch.validUntil()) ? change : siteEpoch.validUntil();
        Epoch epoch = new Epoch(
                siteEpoch.generation() * 3 + d.poll().state(clock.instant()).ordinal(), until);
        return cache.respond("poll|" + id + "|" + site + "|" + locale, epoch, ifNoneMatch, () -> {
            PollResponse poll = delivery.poll(view, id, locale);
            return new Delivered(poll, poll.locale());
        });
    }

    @GET
    @Path("polls/{id}/results")
    @Operation(
            summary = "Public results: counts or percentages per choice and the total; never any text answer",
            description =
                    "Cacheable for a short time; the ETag changes with the counts. A poll whose results are never shown answers not-found.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PollResultsResponse.class)))
    public Response results(@PathParam("id") long id) {
        SiteView view = sites.require(site);
        Feature.polls.requireOn(view);
        PollResultsResponse results = delivery.results(view, id, locale);
        return reads.counted(results, ifNoneMatch, config.polls().resultsMaxAge());
    }

    @POST
    @Path("polls/{id}/votes")
    @Authenticated
    @Operation(
            summary =
                    "Vote: {\"choices\":[…]}, {\"text\":…} or {\"number\":…} as the poll's kind asks; one vote per person")
    @APIResponse(
            responseCode = "201",
            description = "Counted; carries the results when the poll shows them after voting",
            content = @Content(schema = @Schema(implementation = VoteResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "not-open (outside its dates) or already-done (one vote per person)")
    @APIResponse(
            responseCode = "422",
            description = "banned-text: a free-text answer contains something the site does not allow")
    public RestResponse<VoteResponse> vote(
            @PathParam("id") long id,
            @HeaderParam(ChannelActor.HEADER)
                    @Parameter(required = true, description = "The person the channel acts for")
                    String subject,
            @Valid @NotNull VoteRequest request) {
        var person = actor.subject(subject);
        return PrivateResponses.created(polls.vote(site, id, person, locale, request));
    }

    @GET
    @Path("me/polls/{id}")
    @Authenticated
    @Operation(
            summary =
                    "The person's own view of a poll: their vote, their order of the choices, and the results if shown to them")
    public RestResponse<MyPollResponse> mine(
            @PathParam("id") long id,
            @HeaderParam(ChannelActor.HEADER)
                    @Parameter(required = true, description = "The person the channel acts for")
                    String subject) {
        var person = actor.subject(subject);
        return PrivateResponses.ok(polls.mine(site, id, person, locale));
    }
}
