package dev.beacon.channel.conversation;

import dev.beacon.text.Gsm7;
import dev.beacon.text.InlineFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fits a {@link Screen} to a {@link ChannelProfile}: text split within the channel's limit, then the options as
 * reply buttons when they fit, else a list, else a numbered text menu (the only form on SMS and USSD). A single-screen
 * channel (USSD) gets exactly one message: the menu first, then as much of the text as the screen still holds.
 */
public final class Renderer {

    /** The shortest a label is cut to in a numbered menu. */
    private static final int MIN_LABEL = 6;

    private final ChannelProfile profile;
    private final TextFit fit;
    private final String moreLabel;
    private final String backLabel;
    private final InlineFormat format;

    public Renderer(ChannelProfile profile) {
        this(profile, "More", "Back");
    }

    /** {@code more} and {@code back}: the words of a paged single-screen menu's {@code 00} and {@code 0} lines. */
    public Renderer(ChannelProfile profile, String more, String back) {
        this(profile, more, back, formatOf(profile));
    }

    /**
     * {@code format}: the markup the channel's texts are sent in (Telegram: its HTML parse mode; MarkdownV2 for an
     * adapter that sends that), or null for none. Plain text (the engine's words, titles, what people wrote) is split
     * first, then escaped part by part with {@link InlineFormat#text}, so a person's {@code <b>} or {@code _} shows as
     * typed; text already in the channel's format ({@link Screen.Part#markup()}, {@link Screen#promptMarkup()}) is
     * sent as it is. Choice labels are never markup (Telegram shows button text as is).
     */
    public Renderer(ChannelProfile profile, String more, String back, InlineFormat format) {
        this.profile = profile;
        this.fit = profile.fit();
        this.moreLabel = profile.singleScreen() ? Gsm7.transliterate(more) : more;
        this.backLabel = profile.singleScreen() ? Gsm7.transliterate(back) : back;
        this.format = format;
    }

    /** The markup a channel's texts are sent in: Telegram HTML (what the API's derived Telegram variants are in). */
    public static InlineFormat formatOf(ChannelProfile profile) {
        return "telegram".equals(profile.name()) ? InlineFormat.TELEGRAM_HTML : null;
    }

    public List<Message> render(Screen screen, Function<Action, String> sign, String defaultPrompt) {
        return render(screen, sign, defaultPrompt, 0);
    }

    /**
     * As {@link #render(Screen, Function, String)}, showing page {@code menuPage} (from 0) of a single-screen menu too
     * long for one screen: its choices keep their numbers, {@code 00 More} and {@code 0 Back} turn the pages.
     */
    public List<Message> render(Screen screen, Function<Action, String> sign, String defaultPrompt, int menuPage) {
        List<Choice> choices = new ArrayList<>();
        for (Screen.Option option : screen.options()) {
            choices.add(new Choice(option.label(), option.description(), sign.apply(option.action())));
        }
        String prompt = screen.prompt() != null ? screen.prompt() : defaultPrompt;
        if (profile.singleScreen()) {
            // One non-GSM character would make the whole screen UCS-2 (80 characters instead of 182): USSD is written
            // in GSM-7 (ã → a, ç → c, emoji left out), so a Portuguese screen holds as much as an English one.
            return List.of(singleScreen(screen, Gsm7.transliterate(prompt), gsm7(choices), menuPage));
        }
        List<Message> out = new ArrayList<>();
        for (Screen.Part part : screen.parts()) {
            if (part.imageUrl() == null || profile.numberedMenusOnly()) {
                texts(part.text(), part.markup(), profile.textMax(), out);
            } else {
                String alt = part.text().isEmpty() ? "" : cut(part.text(), profile.textMax());
                out.add(Message.image(part.imageUrl(), part.markup() ? alt : escape(alt)));
            }
        }
        boolean promptMarkup = screen.prompt() != null && screen.promptMarkup();
        if (choices.isEmpty()) {
            if (out.isEmpty()) {
                texts(prompt, promptMarkup, profile.textMax(), out);
            }
            return out;
        }
        if (format != null && !promptMarkup) {
            // Split the plain prompt within the body's limit, escape each part (re-split when escaping lengthens it).
            List<String> parts = new ArrayList<>();
            texts(prompt, false, Math.min(profile.textMax(), profile.interactiveBodyMax()), parts::add);
            for (int i = 0; i < parts.size() - 1; i++) {
                out.add(Message.text(parts.get(i)));
            }
            prompt = parts.isEmpty() ? escape(defaultPrompt) : parts.get(parts.size() - 1);
        }
        if (profile.numberedMenusOnly()) {
            numbered(prompt, choices, out);
        } else if (choices.size() <= profile.buttonsMax() && labelsFit(choices, profile.buttonTitleMax())) {
            out.add(Message.choices(body(prompt, out), choices, Message.Style.BUTTONS));
        } else if (choices.size() <= profile.listRowsMax()) {
            List<Choice> rows = choices.stream().map(this::row).toList();
            out.add(Message.choices(body(prompt, out), rows, Message.Style.LIST));
        } else if (choices.size() <= profile.buttonsMax()) {
            List<Choice> buttons = choices.stream()
                    .map(c -> new Choice(cut(c.label(), profile.buttonTitleMax()), c.description(), c.payload()))
                    .toList();
            out.add(Message.choices(body(prompt, out), buttons, Message.Style.BUTTONS));
        } else {
            numbered(prompt, choices, out);
        }
        return out;
    }

    private Choice row(Choice c) {
        String title = cut(c.label(), profile.listRowTitleMax());
        String description = !title.equals(c.label()) ? c.label() : c.description();
        return new Choice(
                title, description == null ? null : cut(description, profile.listRowDescriptionMax()), c.payload());
    }

    private boolean labelsFit(List<Choice> choices, int max) {
        return choices.stream().allMatch(c -> fit.length(c.label()) <= max);
    }

    /** The body of an interactive message; what does not fit goes before it as text messages. */
    private String body(String prompt, List<Message> out) {
        int limit = Math.min(profile.textMax(), profile.interactiveBodyMax());
        List<String> parts = fit.split(prompt, limit);
        for (int i = 0; i < parts.size() - 1; i++) {
            out.add(Message.text(parts.get(i)));
        }
        return parts.get(parts.size() - 1);
    }

    private void numbered(String prompt, List<Choice> choices, List<Message> out) {
        String menu = escape(menu(choices, profile.textMax()));
        String whole = prompt + "\n" + menu;
        if (fit.length(whole) <= profile.textMax()) {
            out.add(Message.choices(whole, choices, Message.Style.NUMBERED));
            return;
        }
        texts(prompt, profile.textMax(), out);
        if (fit.length(menu) <= profile.textMax()) {
            out.add(Message.choices(menu, choices, Message.Style.NUMBERED));
            return;
        }
        // Too many choices for one message even with short labels: the menu goes on over several, numbers running on.
        int from = 0;
        while (from < choices.size()) {
            int to = from + 1;
            while (to < choices.size()
                    && fit.length(lines(choices.subList(from, to + 1), MIN_LABEL, from + 1)) <= profile.textMax()) {
                to++;
            }
            out.add(Message.choices(
                    escape(lines(choices.subList(from, to), MIN_LABEL, from + 1)),
                    choices.subList(from, to),
                    Message.Style.NUMBERED));
            from = to;
        }
    }

    /** The shortest a label is cut to before a single-screen menu is paged instead. */
    private static final int PAGED_LABEL = 16;

    /** Lines that turn the pages of a single-screen menu (typed as {@code 00} and {@code 0}). */
    public static final String MORE_LINE = "00 ";

    public static final String BACK_LINE = "0 ";

    /**
     * How many pages the menu of {@code screen} takes on this profile: 1 unless the profile shows one screen at a time
     * and its choices do not fit one.
     */
    public int menuPages(Screen screen) {
        if (!profile.singleScreen() || screen.options().isEmpty()) {
            return 1;
        }
        List<Choice> choices = screen.options().stream()
                .map(o -> new Choice(o.label(), o.description(), ""))
                .toList();
        return pages(gsm7(choices), profile.textMax() * 2 / 3).size();
    }

    /** Labels as a single screen shows them: in GSM-7 (see {@link #render}). */
    private static List<Choice> gsm7(List<Choice> choices) {
        return choices.stream()
                .map(c -> new Choice(Gsm7.transliterate(c.label()), c.description(), c.payload()))
                .toList();
    }

    private Message singleScreen(Screen screen, String prompt, List<Choice> choices, int menuPage) {
        int max = profile.textMax();
        StringBuilder body = new StringBuilder();
        for (Screen.Part part : screen.parts()) {
            if (!part.text().isEmpty()) {
                body.append(Gsm7.transliterate(part.text())).append('\n');
            }
        }
        String text = body.toString().strip();
        if (choices.isEmpty()) {
            return Message.text(cut((text + "\n" + prompt).strip(), max));
        }
        // The menu is what lets the person go on: it gets its room first (labels shortened if need be), then the
        // prompt (the question the menu answers), then as much of the text above it as still fits. A menu that does
        // not fit one screen even with labels cut to PAGED_LABEL is paged: every choice keeps its number, "00 More"
        // shows the next page and "0 Back" the one before; nothing is ever left out.
        String menu;
        List<List<Choice>> pages = pages(choices, max * 2 / 3);
        if (pages.size() == 1) {
            menu = menu(choices, max * 2 / 3);
        } else {
            int page = Math.max(0, Math.min(menuPage, pages.size() - 1));
            int first = 1;
            for (int i = 0; i < page; i++) {
                first += pages.get(i).size();
            }
            choices = pages.get(page);
            menu = pageMenu(choices, first, page > 0, page < pages.size() - 1, max * 2 / 3);
        }
        String question = prompt + "\n" + menu;
        if (fit.length(question) > max) {
            String shortPrompt = cut(prompt, Math.max(1, max - fit.length(menu) - 1));
            question = shortPrompt.isEmpty() ? menu : shortPrompt + "\n" + menu;
            return Message.choices(fit.length(question) <= max ? question : menu, choices, Message.Style.NUMBERED);
        }
        if (text.isEmpty()) {
            return Message.choices(question, choices, Message.Style.NUMBERED);
        }
        String whole = text + "\n" + question;
        int room = max - fit.length(question) - 1;
        while (fit.length(whole) > max && room > 0) {
            text = cut(text, room);
            whole = text.isEmpty() ? question : text + "\n" + question;
            room -= Math.max(1, fit.length(whole) - max);
        }
        return Message.choices(fit.length(whole) <= max ? whole : question, choices, Message.Style.NUMBERED);
    }

    /**
     * The choices in pages whose menus (with their paging lines) fit {@code limit}: one page when the whole menu fits
     * with labels of at least {@link #PAGED_LABEL} characters.
     */
    private List<List<Choice>> pages(List<Choice> choices, int limit) {
        if (fit.length(lines(choices, PAGED_LABEL, 1)) <= limit || choices.size() <= 1) {
            return List.of(choices);
        }
        List<List<Choice>> pages = new ArrayList<>();
        int from = 0;
        while (from < choices.size()) {
            int to = from + 1;
            while (to < choices.size()
                    && fit.length(pageMenu(choices.subList(from, to + 1), from + 1, from > 0, true, Integer.MAX_VALUE))
                            <= limit) {
                to++;
            }
            pages.add(choices.subList(from, to));
            from = to;
        }
        return pages;
    }

    /** A page of a paged menu: its numbered lines, then "00 More" and "0 Back" as they apply. */
    private String pageMenu(List<Choice> choices, int first, boolean back, boolean more, int limit) {
        StringBuilder nav = new StringBuilder();
        if (more) {
            nav.append('\n').append(MORE_LINE).append(moreLabel);
        }
        if (back) {
            nav.append('\n').append(BACK_LINE).append(backLabel);
        }
        String menu = lines(choices, PAGED_LABEL, first);
        for (int labelMax =
                        choices.stream().mapToInt(c -> c.label().length()).max().orElse(0);
                labelMax > PAGED_LABEL;
                labelMax--) {
            String longer = lines(choices, labelMax, first);
            if (fit.length(longer + nav) <= limit) {
                menu = longer;
                break;
            }
        }
        return menu + nav;
    }

    /** Numbered lines {@code 1. label}, labels shortened evenly (in characters) until the menu fits {@code limit}. */
    private String menu(List<Choice> choices, int limit) {
        int longest = choices.stream().mapToInt(c -> c.label().length()).max().orElse(0);
        for (int labelMax = longest; labelMax > MIN_LABEL; labelMax--) {
            String menu = lines(choices, labelMax, 1);
            if (fit.length(menu) <= limit) {
                return menu;
            }
        }
        return lines(choices, MIN_LABEL, 1);
    }

    private String lines(List<Choice> choices, int labelMax, int first) {
        StringBuilder menu = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            if (i > 0) {
                menu.append('\n');
            }
            menu.append(first + i).append(". ").append(shorten(choices.get(i).label(), labelMax));
        }
        return menu.toString();
    }

    private void texts(String text, int limit, List<Message> out) {
        texts(text, true, limit, out);
    }

    private void texts(String text, boolean markup, int limit, List<Message> out) {
        texts(text, markup, limit, (String part) -> out.add(Message.text(part)));
    }

    /**
     * {@code text} in parts within {@code limit}: markup (or any text on a channel without a format) split as it is;
     * plain text split, then each part escaped, a part that escaping made too long split again more finely.
     */
    private void texts(String text, boolean markup, int limit, java.util.function.Consumer<String> out) {
        texts(text, markup, limit, limit, out);
    }

    /** {@code text} split at {@code splitAt}, each part (escaped when plain) within {@code limit}. */
    private void texts(String text, boolean markup, int splitAt, int limit, java.util.function.Consumer<String> out) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String part : fit.split(text, splitAt)) {
            if (markup || format == null) {
                out.accept(part);
                continue;
            }
            String escaped = escape(part);
            if (fit.length(escaped) <= limit || fit.length(part) <= 1) {
                out.accept(escaped);
            } else {
                int finer = (int) ((long) limit * fit.length(part) / fit.length(escaped));
                texts(part, false, Math.max(1, Math.min(finer, fit.length(part) - 1)), limit, out);
            }
        }
    }

    /** Plain text as the channel's format shows it literally. */
    private String escape(String plain) {
        return format == null || plain == null ? plain : format.text(plain);
    }

    /** At most {@code chars} characters of a label, whole words and an ellipsis when it was shortened. */
    private String shorten(String label, int chars) {
        return fit.shortenChars(label, chars);
    }

    /** {@code text} within {@code limit}, whole words and an ellipsis when it was shortened. */
    String cut(String text, int limit) {
        return fit.shorten(text, limit);
    }
}
