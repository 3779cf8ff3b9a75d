package dev.beacon.channel.kit.rest;

import dev.beacon.channel.kit.model.Competition;
import dev.beacon.channel.kit.model.MyStoryEntry;
import dev.beacon.channel.kit.model.MySurvey;
import dev.beacon.channel.kit.model.MyTip;
import dev.beacon.channel.kit.model.StoryEntryList;
import dev.beacon.channel.kit.model.StoryEntryRequest;
import dev.beacon.channel.kit.model.Survey;
import dev.beacon.channel.kit.model.SurveyAnswers;
import dev.beacon.channel.kit.model.SurveyStep;
import dev.beacon.channel.kit.model.TipPage;
import dev.beacon.channel.kit.model.TipRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Surveys, tips and story competitions, as in {@code openapi/beacon-api.yaml}: public reads (with
 * {@code If-None-Match}) and a person's writes and own state (named in {@code Beacon-Subject}). Built by
 * {@link ApiClients} with the channel's bearer token.
 */
@Path("/api/v1/sites/{site}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(ProblemResponseMapper.class)
public interface ParticipationApi {

    String SUBJECT = PeopleApi.SUBJECT;

    @GET
    @Path("surveys/{id}")
    RestResponse<Survey> survey(
            @PathParam("site") String site,
            @PathParam("id") long id,
            @QueryParam("locale") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @POST
    @Path("surveys/{id}/submissions")
    SurveyStep startSurvey(
            @PathParam("site") String site,
            @PathParam("id") long id,
            @QueryParam("locale") String locale,
            @HeaderParam(SUBJECT) String subject);

    @POST
    @Path("surveys/{id}/submissions/current/answers")
    SurveyStep answerSurvey(
            @PathParam("site") String site,
            @PathParam("id") long id,
            @QueryParam("locale") String locale,
            @HeaderParam(SUBJECT) String subject,
            SurveyAnswers answers);

    @GET
    @Path("me/surveys/{id}")
    MySurvey mySurvey(
            @PathParam("site") String site,
            @PathParam("id") long id,
            @QueryParam("locale") String locale,
            @HeaderParam(SUBJECT) String subject);

    @GET
    @Path("tips")
    RestResponse<TipPage> tips(
            @PathParam("site") String site,
            @QueryParam("locale") String locale,
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @POST
    @Path("tips")
    void submitTip(@PathParam("site") String site, @HeaderParam(SUBJECT) String subject, TipRequest tip);

    @POST
    @Path("tips/{tipId}/helpful")
    void markHelpful(
            @PathParam("site") String site, @PathParam("tipId") long tipId, @HeaderParam(SUBJECT) String subject);

    @GET
    @Path("me/tips")
    List<MyTip> myTips(@PathParam("site") String site, @HeaderParam(SUBJECT) String subject);

    @GET
    @Path("competitions/{id}")
    RestResponse<Competition> competition(
            @PathParam("site") String site,
            @PathParam("id") long id,
            @QueryParam("locale") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @GET
    @Path("competitions/{id}/entries")
    RestResponse<StoryEntryList> entries(
            @PathParam("site") String site,
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @POST
    @Path("competitions/{id}/entries")
    void enter(
            @PathParam("site") String site,
            @PathParam("id") long id,
            @HeaderParam(SUBJECT) String subject,
            StoryEntryRequest entry);

    @GET
    @Path("me/competitions/{id}/entries")
    List<MyStoryEntry> myEntries(
            @PathParam("site") String site, @PathParam("id") long id, @HeaderParam(SUBJECT) String subject);
}
