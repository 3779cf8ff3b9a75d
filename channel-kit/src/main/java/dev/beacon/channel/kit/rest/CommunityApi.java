package dev.beacon.channel.kit.rest;

import dev.beacon.channel.kit.model.ChannelNotificationFeed;
import dev.beacon.channel.kit.model.Comment;
import dev.beacon.channel.kit.model.CommentCreateRequest;
import dev.beacon.channel.kit.model.CommentList;
import dev.beacon.channel.kit.model.CommentReportReceipt;
import dev.beacon.channel.kit.model.CommentReportRequest;
import dev.beacon.channel.kit.model.MyPoll;
import dev.beacon.channel.kit.model.NotificationPage;
import dev.beacon.channel.kit.model.NotificationsRead;
import dev.beacon.channel.kit.model.NotificationsReadRequest;
import dev.beacon.channel.kit.model.Poll;
import dev.beacon.channel.kit.model.PollResults;
import dev.beacon.channel.kit.model.PollVote;
import dev.beacon.channel.kit.model.ReactRequest;
import dev.beacon.channel.kit.model.Reacted;
import dev.beacon.channel.kit.model.Reactions;
import dev.beacon.channel.kit.model.VoteRequest;
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
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Polls, reaction questions, comments and reply notifications, as in {@code openapi/beacon-api.yaml}. The public
 * reads (poll, results, reactions, comments) take {@code If-None-Match}; the rest act for the person named in
 * {@code Beacon-Subject}. Built by {@link ApiClients} with the channel's bearer token.
 */
@Path("/api/v1/sites/{site}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(ProblemResponseMapper.class)
public interface CommunityApi {

    String SUBJECT = PeopleApi.SUBJECT;

    @GET
    @Path("polls/{id}")
    RestResponse<Poll> poll(
            @PathParam("site") String site,
            @PathParam("id") long id,
            @QueryParam("locale") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @GET
    @Path("polls/{id}/results")
    RestResponse<PollResults> results(
            @PathParam("site") String site,
            @PathParam("id") long id,
            @QueryParam("locale") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @GET
    @Path("me/polls/{id}")
    MyPoll myPoll(
            @PathParam("site") String site,
            @HeaderParam(SUBJECT) String subject,
            @PathParam("id") long id,
            @QueryParam("locale") String locale);

    @POST
    @Path("polls/{id}/votes")
    PollVote vote(
            @PathParam("site") String site,
            @HeaderParam(SUBJECT) String subject,
            @PathParam("id") long id,
            @QueryParam("locale") String locale,
            VoteRequest request);

    @GET
    @Path("content/{id}/reactions")
    RestResponse<Reactions> reactions(
            @PathParam("site") String site,
            @PathParam("id") long itemId,
            @QueryParam("locale") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @POST
    @Path("content/{id}/reactions")
    Reacted react(
            @PathParam("site") String site,
            @HeaderParam(SUBJECT) String subject,
            @PathParam("id") long itemId,
            @QueryParam("locale") String locale,
            ReactRequest request);

    @GET
    @Path("content/{id}/comments")
    RestResponse<CommentList> comments(
            @PathParam("site") String site,
            @PathParam("id") long itemId,
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @POST
    @Path("content/{id}/comments")
    Comment comment(
            @PathParam("site") String site,
            @HeaderParam(SUBJECT) String subject,
            @PathParam("id") long itemId,
            CommentCreateRequest request);

    @POST
    @Path("comments/{commentId}/reports")
    CommentReportReceipt report(
            @PathParam("site") String site,
            @HeaderParam(SUBJECT) String subject,
            @PathParam("commentId") long commentId,
            CommentReportRequest request);

    @GET
    @Path("me/notifications")
    NotificationPage notifications(
            @PathParam("site") String site,
            @HeaderParam(SUBJECT) String subject,
            @QueryParam("unread") boolean unread,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** The channel's feed (no person named): notifications of the people reachable on this channel, after a cursor. */
    @GET
    @Path("notifications")
    ChannelNotificationFeed channelNotifications(
            @PathParam("site") String site, @QueryParam("after") long after, @QueryParam("limit") int limit);

    @POST
    @Path("me/notifications/read")
    NotificationsRead markRead(
            @PathParam("site") String site, @HeaderParam(SUBJECT) String subject, NotificationsReadRequest request);
}
