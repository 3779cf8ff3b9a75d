package dev.beacon.channel.kit;

import dev.beacon.channel.kit.config.ApiConfig;
import dev.beacon.channel.kit.model.Comment;
import dev.beacon.channel.kit.model.CommentCreateRequest;
import dev.beacon.channel.kit.model.CommentList;
import dev.beacon.channel.kit.model.CommentReportReceipt;
import dev.beacon.channel.kit.model.CommentReportRequest;
import dev.beacon.channel.kit.model.MyPoll;
import dev.beacon.channel.kit.model.Notification;
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
import dev.beacon.channel.kit.rest.CommunityApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Polls, reaction questions, comments and reply notifications for a channel. Public reads are revalidated by ETag
 * like delivery and retried; reading one's own poll view and notifications is retried too. A vote, a reaction, a
 * comment or a report is sent once: the API counts each, and a retry after a lost answer would be refused as
 * {@code already-done} (vote, reaction, report) or, for a comment, post it twice.
 */
@ApplicationScoped
public class BeaconCommunity extends ApiFacade {

    private final CommunityApi api;
    private final RevalidatingCache cache;

    @Inject
    public BeaconCommunity(CommunityApi api, ApiConfig config) {
        this.api = api;
        this.cache = new RevalidatingCache(config.cacheEntries());
    }

    public Delivered<Poll> poll(String site, long id, String locale) {
        return cache.revalidate("poll|" + site + "|" + id + "|" + locale, etag -> api.poll(site, id, locale, etag));
    }

    /** Results of a poll that shows them; a poll whose results are never shown answers {@code not-found}. */
    public Delivered<PollResults> results(String site, long id, String locale) {
        return cache.revalidate(
                "results|" + site + "|" + id + "|" + locale, etag -> api.results(site, id, locale, etag));
    }

    public MyPoll myPoll(String site, String subject, long id, String locale) {
        return api.myPoll(site, subject, id, locale);
    }

    @Retry(maxRetries = 0)
    public PollVote vote(String site, String subject, long id, String locale, VoteRequest request) {
        return api.vote(site, subject, id, locale, request);
    }

    /** The article's reaction question with counts; {@code not-found} when it has none. */
    public Delivered<Reactions> reactions(String site, long itemId, String locale) {
        return cache.revalidate(
                "reactions|" + site + "|" + itemId + "|" + locale, etag -> api.reactions(site, itemId, locale, etag));
    }

    @Retry(maxRetries = 0)
    public Reacted react(String site, String subject, long itemId, String locale, String choice) {
        return api.react(site, subject, itemId, locale, new ReactRequest(choice));
    }

    public Delivered<CommentList> comments(String site, long itemId, int page, int size) {
        return cache.revalidate(
                "comments|" + site + "|" + itemId + "|" + page + "|" + size,
                etag -> api.comments(site, itemId, page, size, etag));
    }

    @Retry(maxRetries = 0)
    public Comment comment(String site, String subject, long itemId, String text, Long parentId) {
        return api.comment(site, subject, itemId, new CommentCreateRequest(text, parentId));
    }

    @Retry(maxRetries = 0)
    public CommentReportReceipt report(String site, String subject, long commentId, String reason, String note) {
        return api.report(site, subject, commentId, new CommentReportRequest(reason, note));
    }

    public NotificationPage notifications(String site, String subject, boolean unreadOnly, int page, int size) {
        return api.notifications(site, subject, unreadOnly, page, size);
    }

    /**
     * The notification {@code id} with the identity on this channel to deliver it to (the feed read from just before
     * it, one item); empty when its person cannot be reached on this channel, or it is gone (erased).
     */
    public Optional<Notification> toDeliver(String site, long id) {
        return api.channelNotifications(site, id - 1, 1).itemsOrEmpty().stream()
                .filter(n -> n.id() == id)
                .findFirst();
    }

    /** A POST, but idempotent: marking up to the same id read twice marks nothing the second time, so it is retried. */
    public NotificationsRead markRead(String site, String subject, long upTo) {
        return api.markRead(site, subject, new NotificationsReadRequest(upTo));
    }
}
