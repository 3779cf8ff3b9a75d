package dev.beacon.channel.web.community;

import dev.beacon.channel.kit.BeaconCommunity;
import dev.beacon.channel.kit.Delivered;
import dev.beacon.channel.kit.model.CommentList;
import dev.beacon.channel.kit.model.Reactions;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.web.view.CommentsView;
import dev.beacon.channel.web.view.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What goes under an article: its reaction question with the counts, and a page of its comments. Both are public
 * reads, the same for everyone, so the article stays cacheable: their ETags and max-ages join the page's.
 */
@ApplicationScoped
public class ArticleTalk {

    /** Top-level comments per page; each brings its whole thread, so this keeps the page inside its budget. */
    public static final int COMMENTS_PER_PAGE = 10;

    @Inject
    BeaconCommunity community;

    /** The reaction question, or null when the article has none or the site has polls off. */
    public Reactions reactions(Page p, String site, long itemId) {
        try {
            Delivered<Reactions> reactions = community.reactions(site, itemId, p.locale());
            p.uses(reactions.etag(), reactions.maxAge());
            return reactions.body();
        } catch (ApiProblemException none) {
            return null;
        }
    }

    /** A page of the comments, or null when the site has comments off; {@code pageLink} + number = another page. */
    public CommentsView comments(Page p, String site, long itemId, int page, String pageLink) {
        try {
            Delivered<CommentList> list = community.comments(site, itemId, page, COMMENTS_PER_PAGE);
            p.uses(list.etag(), list.maxAge());
            CommentList body = list.body();
            return new CommentsView(
                    itemId, body, body.page() < body.totalPages() ? pageLink + (body.page() + 1) : null);
        } catch (ApiProblemException off) {
            return null;
        }
    }
}
