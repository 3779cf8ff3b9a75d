package dev.beacon.api.surveys;

import dev.beacon.api.community.Feature;
import dev.beacon.api.profiles.ChannelActor;
import dev.beacon.api.shared.cache.PublishedState;
import dev.beacon.api.shared.cache.ResponseCache;
import dev.beacon.api.shared.cache.ResponseCache.Delivered;
import dev.beacon.api.shared.http.LocalisedSiteResource;
import dev.beacon.api.shared.http.PrivateResponses;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import dev.beacon.api.surveys.SubmissionService.Started;
import dev.beacon.api.surveys.SurveyRequests.SurveyAnswersRequest;
import dev.beacon.api.surveys.SurveyResponses.MySurveyResponse;
import dev.beacon.api.surveys.SurveyResponses.StepResponse;
import dev.beacon.api.surveys.SurveyResponses.SurveyResponse;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Surveys for people: the published survey (public, cacheable, nobody's answers), and a person answering it through
 * a channel client step by step (never cacheable). The API decides the next step, so every channel asks the same.
 */
@Path("/api/v1/sites/{site}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class SurveyResource extends LocalisedSiteResource {

    @Inject
    SiteDirectory sites;

    @Inject
    SurveyDelivery delivery;

    @Inject
    SubmissionService submissions;

    @Inject
    ChannelActor actor;

    @Inject
    PublishedState state;

    @Inject
    ResponseCache cache;

    @GET
    @Path("surveys/{id}")
    @Operation(summary = "A published survey: title, intro and every question, labelled in the best available locale")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SurveyResponse.class)))
    public Response get(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        SiteView view = sites.require(site);
        Feature.surveys.requireOn(view);
        return cache.respond("survey|" + id + "|" + site + "|" + locale, state.epoch(view.id()), ifNoneMatch, () -> {
            SurveyResponse survey = delivery.read(view, id, locale);
            return new Delivered(survey, survey.locale());
        });
    }

    @POST
    @Path("surveys/{id}/submissions")
    @Authenticated
    @Operation(summary = "Start the survey, or resume the person's unfinished submission; answers the step to ask now")
    @APIResponse(
            responseCode = "201",
            description = "Started",
            content = @Content(schema = @Schema(implementation = StepResponse.class)))
    @APIResponse(
            responseCode = "200",
            description = "Resumed",
            content = @Content(schema = @Schema(implementation = StepResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "not-open (outside its dates) or already-done (a single survey the person completed)")
    public RestResponse<StepResponse> start(
            @PathParam("id") long id,
            @HeaderParam(ChannelActor.HEADER)
                    @Parameter(required = true, description = "The person the channel acts for")
                    String subject) {
        Started started = submissions.start(site, actor.subject(subject), id, locale);
        return PrivateResponses.of(
                started.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, started.step());
    }

    @POST
    @Path("surveys/{id}/submissions/current/answers")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the current step; answers the next step, or that the survey is complete")
    @APIResponse(responseCode = "409", description = "not-open (outside its dates) or already-done (already completed)")
    @APIResponse(
            responseCode = "422",
            description = "banned-text: a banned word or pattern, a phone number or an e-mail address")
    @APIResponse(responseCode = "200")
    public RestResponse<StepResponse> answer(
            @PathParam("id") long id,
            @HeaderParam(ChannelActor.HEADER)
                    @Parameter(required = true, description = "The person the channel acts for")
                    String subject,
            @Valid @NotNull SurveyAnswersRequest request) {
        StepResponse step = submissions.answer(site, actor.subject(subject), id, request.answers(), locale);
        return PrivateResponses.ok(step);
    }

    @GET
    @Path("me/surveys/{id}")
    @Authenticated
    @Operation(
            summary =
                    "The person's state in a survey: the step to answer and the answers so far, and how often they completed it")
    public RestResponse<MySurveyResponse> mine(
            @PathParam("id") long id,
            @HeaderParam(ChannelActor.HEADER)
                    @Parameter(required = true, description = "The person the channel acts for")
                    String subject) {
        MySurveyResponse mine = submissions.mine(site, actor.subject(subject), id, locale);
        return PrivateResponses.ok(mine);
    }
}
