package dev.beacon.channel.conversation;

import java.util.List;

/**
 * How a channel measures, splits and cuts text: the engine never counts characters itself. {@link ChannelProfiles}
 * backs it with module {@code text} ({@code Measure}, {@code TextSplitter}, {@code Graphemes}).
 */
public interface TextFit {

    /** The length the channel counts (code points, UTF-16 units or GSM-7 septets). */
    int length(CharSequence text);

    /** Parts of at most {@code limit}, cut at paragraph, sentence, then word boundaries; never an empty part. */
    List<String> split(String text, int limit);

    /** The longest prefix within {@code limit} (in this channel's unit) that does not split a grapheme cluster. */
    String cut(String text, int limit);

    /** {@code text} within {@code limit}: whole words and an ellipsis when it must be shortened (labels, bodies). */
    String shorten(String text, int limit);

    /** {@code text} within {@code chars} UTF-16 units: whole words and an ellipsis when it must be shortened. */
    String shortenChars(String text, int chars);

    /** At most {@code chars} UTF-16 units of {@code text}, cut at a grapheme boundary: for labels and titles. */
    String cutChars(String text, int chars);
}
