package dev.beacon.channel.web.view;

import dev.beacon.channel.kit.model.Comment;
import dev.beacon.channel.kit.model.CommentList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's comments as its page shows them: whether one can write (open), the state otherwise (closed, with
 * the day it opens or closed for good), and the threads, each a top-level comment and its replies, one level deep
 * (a reply to a reply says whom it answers), as small screens show them.
 */
public record CommentsView(long itemId, CommentList list, String nextPage) {

    public boolean disabled() {
        return "disabled".equals(list.state());
    }

    public boolean open() {
        return "open".equals(list.state());
    }

    public String opensOn() {
        return list.commenting() == null ? "" : DateText.day(list.commenting().opensAt());
    }

    public String closesOn() {
        return list.commenting() == null ? "" : DateText.day(list.commenting().closesAt());
    }

    public String day(java.time.Instant instant) {
        return DateText.day(instant);
    }

    public List<Thread> threads() {
        return list.itemsOrEmpty().stream().map(Thread::new).toList();
    }

    public boolean empty() {
        return list.itemsOrEmpty().isEmpty();
    }

    public boolean hasNext() {
        return nextPage != null;
    }

    /** A top-level comment and its flat replies. */
    public record Thread(Comment top) {

        public List<Reply> replies() {
            Map<Long, String> authors = new HashMap<>();
            authors.put(top.id(), top.author());
            top.repliesOrEmpty().forEach(r -> authors.put(r.id(), r.author()));
            return top.repliesOrEmpty().stream()
                    .map(r -> new Reply(
                            r, r.parentId() == null || r.parentId() == top.id() ? null : authors.get(r.parentId())))
                    .toList();
        }
    }

    /** A reply; {@code inReplyTo} names the author it answers when that is not the thread's first comment. */
    public record Reply(Comment comment, String inReplyTo) {}
}
