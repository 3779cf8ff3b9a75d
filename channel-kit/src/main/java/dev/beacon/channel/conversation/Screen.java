package dev.beacon.channel.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * A screen before it is fitted to a channel: text and images in order, then a prompt with options. {@code route} is
 * the read-only action that shows this screen again (a typed number is resolved against it); {@code input} says
 * whether typed text answers the screen (a comment; a survey's number, where a typed number is the answer and not a
 * menu choice) instead of searching; {@code back} is where "back" goes from here (null: the home menu).
 */
public record Screen(
        Action route,
        List<Part> parts,
        String prompt,
        List<Option> options,
        Input input,
        Action back,
        boolean promptMarkup) {

    public Screen {
        parts = List.copyOf(parts);
        options = List.copyOf(options);
    }

    /** A screen whose prompt is plain text (the engine's words or what people wrote). */
    public Screen(Action route, List<Part> parts, String prompt, List<Option> options, Input input, Action back) {
        this(route, parts, prompt, options, input, back, false);
    }

    /** What typed text does on this screen: nothing special (search), answer it, answer it with a number (where a
     * typed number is the answer, not a menu choice), or a one-time code (a short number still picks a choice). */
    public enum Input {
        NONE,
        TEXT,
        NUMBER,
        CODE
    }

    public boolean acceptsText() {
        return input != Input.NONE;
    }

    /** This screen under a line of text: what a write did, shown above the screen it leaves the person on. */
    public Screen under(String text) {
        List<Part> all = new ArrayList<>();
        all.add(new Part(text, null));
        all.addAll(parts);
        return new Screen(route, all, prompt, options, input, back, promptMarkup);
    }

    /** This screen with other options (the same text, prompt and input). */
    public Screen withOptions(List<Option> others) {
        return new Screen(route, parts, prompt, others, input, back, promptMarkup);
    }

    /**
     * A paragraph of text, or an image with its alt text. {@code markup}: the text is already in the channel's own
     * format (a channel variant from the API, e.g. Telegram HTML) and is sent as it is; otherwise it is plain text (the
     * engine's words, titles, what people wrote), which the {@link Renderer} escapes where the channel's format needs
     * it.
     */
    public record Part(String text, String imageUrl, boolean markup) {

        public Part(String text, String imageUrl) {
            this(text, imageUrl, false);
        }
    }

    public record Option(String label, String description, Action action) {}

    public static Builder of(Action route) {
        return new Builder(route);
    }

    public static final class Builder {
        private final Action route;
        private final List<Part> parts = new ArrayList<>();
        private final List<Option> options = new ArrayList<>();
        private String prompt;
        private boolean promptMarkup;
        private Input input = Input.NONE;
        private Action back;

        private Builder(Action route) {
            this.route = route;
        }

        public Builder text(String text) {
            if (text != null && !text.isBlank()) {
                parts.add(new Part(text.strip(), null));
            }
            return this;
        }

        /** Text already in the channel's own format (a channel variant from the API): sent as it is. */
        public Builder markup(String text) {
            if (text != null && !text.isBlank()) {
                parts.add(new Part(text.strip(), null, true));
            }
            return this;
        }

        public Builder image(String url, String alt) {
            if (url != null) {
                parts.add(new Part(alt == null ? "" : alt, url));
            }
            return this;
        }

        public Builder prompt(String text) {
            prompt = text;
            promptMarkup = false;
            return this;
        }

        /** A prompt already in the channel's own format (the last message of a channel variant). */
        public Builder promptMarkup(String text) {
            prompt = text;
            promptMarkup = true;
            return this;
        }

        public Builder option(String label, Action action) {
            return option(label, null, action);
        }

        public Builder option(String label, String description, Action action) {
            options.add(new Option(label, description, action));
            return this;
        }

        public Builder accepts(Input kind) {
            input = kind;
            return this;
        }

        public Builder back(Action action) {
            back = action;
            return this;
        }

        public Screen build() {
            return new Screen(route, parts, prompt, options, input, back, promptMarkup);
        }
    }
}
