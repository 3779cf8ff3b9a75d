package dev.beacon.api.content.channels;

import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.blocks.Markdown;
import dev.beacon.text.Gsm7;
import dev.beacon.text.InlineFormat;
import dev.beacon.text.Measure;
import dev.beacon.text.Platform;
import dev.beacon.text.PlatformLimits;
import dev.beacon.text.SmsCount;
import dev.beacon.text.TextSplitter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Derives a channel's messages from a body where no editor wrote a variant. The title and every text block become
 * text in the platform's own inline markup ({@link InlineFormat}); images become image messages (on SMS and USSD
 * only their caption is kept); an embedded poll, survey or competition becomes a message with an {@code open}
 * button. Consecutive text blocks share a message while it stays within the message size, a longer block is split
 * by {@link TextSplitter} (paragraph, sentence, word); messages are grouped into pages ({@link #paging}) and the
 * last message of every page but the last carries a {@code more} button. Every derived message passes the same
 * checks as a written one.
 */
public final class ChannelDeriver {

    /** An embedded item as published in the person's locale chain. */
    public record Embedded(long id, ContentType type, String title) {}

    /**
     * A page: what a person sees before tapping "more". Chat apps: at most 3 messages and about one screenful of
     * text; SMS and USSD: one message (one SMS of at most sms.maxParts parts, one USSD screen).
     */
    record Paging(int messages, int chars) {}

    static Paging paging(Platform platform) {
        return switch (platform) {
            case WHATSAPP, MESSENGER -> new Paging(3, 1_000);
            case TELEGRAM -> new Paging(3, 2_000);
            case SMS, USSD -> new Paging(1, Integer.MAX_VALUE);
        };
    }

    private sealed interface Piece {}

    private record TextPiece(String styled, String plain) implements Piece {}

    private record ImagePiece(String url, String alt, String caption) implements Piece {}

    private record EmbedPiece(Embedded item) implements Piece {}

    private ChannelDeriver() {}

    public static List<ChannelResponse.Message> derive(
            Platform platform,
            String locale,
            String title,
            List<Block> blocks,
            Function<Long, Embedded> embeds,
            int smsMaxParts) {
        return new Run(platform, locale, smsMaxParts).derive(title, blocks, embeds);
    }

    /** One derivation: the platform, its format, measure and sizes. */
    private static final class Run {
        final Platform platform;
        final PlatformLimits limits;
        final InlineFormat format;
        final String locale;
        final int smsMaxParts;
        final boolean numbered;
        final Paging paging;
        final String more;
        /** On SMS and USSD every message keeps room for two menu lines: "more" and the longest "open" label. */
        final List<String> reserved;

        Measure measure;
        int limit;

        Run(Platform platform, String locale, int smsMaxParts) {
            this.platform = platform;
            this.limits = platform.limits();
            this.format = InlineFormat.of(platform);
            this.locale = locale;
            this.smsMaxParts = smsMaxParts;
            this.numbered = limits.numberedMenusOnly();
            this.paging = paging(platform);
            this.more = clean(ChannelLabels.more(locale));
            this.reserved = List.of(more, clean(ChannelLabels.longestOpen(locale)));
        }

        List<ChannelResponse.Message> derive(String title, List<Block> blocks, Function<Long, Embedded> embeds) {
            List<Piece> pieces = pieces(title, blocks, embeds);
            sizes(pieces);
            List<ChannelResponse.Message> messages = new ArrayList<>();
            StringBuilder buffer = new StringBuilder();
            for (Piece piece : pieces) {
                if (piece instanceof TextPiece t) {
                    String joined = buffer.isEmpty() ? t.styled() : buffer + "\n\n" + t.styled();
                    if (fits(joined, 2)) {
                        buffer.setLength(0);
                        buffer.append(joined);
                        continue;
                    }
                    flush(buffer, messages);
                    if (fits(t.styled(), 2)) {
                        buffer.append(t.styled());
                    } else {
                        List<String> parts = split(t);
                        parts.subList(0, parts.size() - 1).forEach(p -> messages.add(text(p)));
                        buffer.append(parts.get(parts.size() - 1));
                    }
                } else if (piece instanceof ImagePiece i) {
                    flush(buffer, messages);
                    messages.add(new ChannelResponse.Message(
                            i.caption(), new ChannelResponse.Image(i.url(), i.alt()), null));
                } else if (piece instanceof EmbedPiece e) {
                    flush(buffer, messages);
                    String text = format.bold(e.item().title());
                    if (!fits(text, 2)) {
                        text = split(new TextPiece(t(e.item().title()), e.item().title()))
                                .get(0);
                    }
                    messages.add(new ChannelResponse.Message(
                            text,
                            null,
                            List.of(new ChannelResponse.Button(
                                    clean(ChannelLabels.open(e.item().type(), locale)),
                                    ButtonAction.open.name(),
                                    e.item().id()))));
                }
            }
            flush(buffer, messages);
            return paged(messages);
        }

        private List<Piece> pieces(String title, List<Block> blocks, Function<Long, Embedded> embeds) {
            List<Piece> pieces = new ArrayList<>();
            pieces.add(text(format.bold(clean(title)), clean(title)));
            Markdown.InlineStyle style = style();
            for (Block block : blocks) {
                if (block instanceof Block.Heading h) {
                    pieces.add(text(format.bold(clean(h.text())), clean(h.text())));
                } else if (block instanceof Block.Paragraph p) {
                    pieces.add(text(Markdown.toStyled(p.markdown(), style), clean(Markdown.toText(p.markdown()))));
                } else if (block instanceof Block.ListBlock l) {
                    List<String> styled = new ArrayList<>();
                    List<String> plain = new ArrayList<>();
                    for (int i = 0; i < l.items().size(); i++) {
                        String bullet = l.ordered() ? (i + 1) + ". " : numbered ? "- " : "• ";
                        styled.add(t(bullet) + Markdown.toStyled(l.items().get(i), style));
                        plain.add(bullet + clean(Markdown.toText(l.items().get(i))));
                    }
                    pieces.add(text(String.join("\n", styled), String.join("\n", plain)));
                } else if (block instanceof Block.Link l) {
                    boolean web = l.url().startsWith("http");
                    pieces.add(text(
                            web ? format.link(clean(l.text()), l.url()) : t(l.text()),
                            web ? clean(l.text()) + " (" + l.url() + ")" : clean(l.text())));
                } else if (block instanceof Block.Quote q) {
                    String by = q.attribution() == null ? "" : "\n— " + clean(q.attribution());
                    pieces.add(text(
                            t("“") + Markdown.toStyled(q.markdown(), style) + t("”" + by),
                            clean("“" + Markdown.toText(q.markdown()) + "”" + by)));
                } else if (block instanceof Block.Image i) {
                    if (numbered) {
                        if (i.caption() != null && !i.caption().isBlank()) {
                            pieces.add(text(t(i.caption()), clean(i.caption())));
                        }
                    } else {
                        String caption = i.caption() == null || i.caption().isBlank() ? null : i.caption();
                        pieces.add(new ImagePiece(i.src(), i.alt(), caption == null ? null : format.text(caption)));
                    }
                } else if (block instanceof Block.Embed e) {
                    Embedded item = embeds.apply(e.itemId());
                    if (item != null) {
                        pieces.add(new EmbedPiece(new Embedded(item.id(), item.type(), clean(item.title()))));
                    }
                }
            }
            return pieces;
        }

        /** The measure and message size: chat apps count as they document; SMS in GSM-7 when all of it is. */
        private void sizes(List<Piece> pieces) {
            measure = limits.measure();
            if (platform == Platform.SMS) {
                StringBuilder all = new StringBuilder(more);
                pieces.forEach(p -> all.append(p instanceof TextPiece t ? t.styled() : ""));
                boolean gsm = Gsm7.isEncodable(all);
                measure = gsm ? Measure.GSM7_SEPTETS : Measure.UTF16;
                SmsCount.Encoding encoding = gsm ? SmsCount.Encoding.GSM7 : SmsCount.Encoding.UCS2;
                limit = smsMaxParts == 1 ? encoding.singlePart : smsMaxParts * encoding.concatenatedPart;
            } else if (platform == Platform.USSD) {
                measure = Measure.USSD;
                limit = limits.ussdScreenMax();
            } else {
                limit = Math.min(ChannelRules.textMax(platform, true, false), paging.chars());
            }
        }

        /** Whether text fits a message that may carry {@code buttons} menu lines (counted on SMS and USSD). */
        private boolean fits(String text, int buttons) {
            if (!numbered) {
                return measure.length(text) <= limit;
            }
            // The same count as the check of a written message: SMS parts, or a USSD screen of GSM-7.
            String shown = ChannelRules.withMenu(text, reserved.subList(0, buttons));
            if (platform == Platform.SMS) {
                return SmsCount.of(shown).parts() <= smsMaxParts;
            }
            return Gsm7.isEncodable(shown) && Gsm7.septets(shown) <= limit;
        }

        /**
         * A long block cut by the splitter. Plain formats split the text itself; markup formats split the plain words
         * and escape each part, so a cut never falls inside a tag or between a pair of asterisks (the block loses its
         * inline markup, nothing else).
         */
        private List<String> split(TextPiece piece) {
            boolean plain = format == InlineFormat.PLAIN;
            String source = plain ? piece.styled() : piece.plain();
            int room = numbered ? limit - measure.length(ChannelRules.withMenu("", reserved)) : limit;
            for (int attempt = room; attempt > 0; attempt -= Math.max(1, attempt / 10)) {
                List<String> parts = TextSplitter.split(source, attempt, measure).stream()
                        .map(p -> plain ? p : format.text(p))
                        .toList();
                if (parts.stream().allMatch(p -> fits(p, 2))) {
                    return parts;
                }
            }
            throw new IllegalStateException("no split fits " + platform);
        }

        private void flush(StringBuilder buffer, List<ChannelResponse.Message> messages) {
            if (!buffer.isEmpty()) {
                messages.add(text(buffer.toString()));
                buffer.setLength(0);
            }
        }

        /** Groups messages into pages; the last of every page but the last gets a "more" button. */
        private List<ChannelResponse.Message> paged(List<ChannelResponse.Message> messages) {
            List<ChannelResponse.Message> result = new ArrayList<>(messages);
            int inPage = 0;
            int chars = 0;
            for (int i = 0; i < result.size(); i++) {
                ChannelResponse.Message m = result.get(i);
                int size = m.text() == null ? 0 : measure.length(m.text());
                boolean full = inPage > 0 && (inPage >= paging.messages() || chars + size > paging.chars());
                if (full) {
                    result.set(i - 1, withMore(result.get(i - 1)));
                    inPage = 0;
                    chars = 0;
                }
                inPage++;
                chars += size;
            }
            return result;
        }

        private ChannelResponse.Message withMore(ChannelResponse.Message m) {
            List<ChannelResponse.Button> buttons = new ArrayList<>(m.buttons() == null ? List.of() : m.buttons());
            buttons.add(new ChannelResponse.Button(more, ButtonAction.more.name(), null));
            // An interactive message needs a body: an image without caption says what it shows.
            String text = m.text() != null
                    ? m.text()
                    : m.image() != null && !m.image().alt().isBlank()
                            ? format.text(m.image().alt())
                            : format.text("…");
            return new ChannelResponse.Message(text, m.image(), List.copyOf(buttons));
        }

        private String t(String raw) {
            return format.text(clean(raw));
        }

        private ChannelResponse.Message text(String text) {
            return new ChannelResponse.Message(text, null, null);
        }

        private TextPiece text(String styled, String plain) {
            return new TextPiece(styled, plain);
        }

        private Markdown.InlineStyle style() {
            return new Markdown.InlineStyle() {
                @Override
                public String text(String raw) {
                    return format.text(clean(raw));
                }

                @Override
                public String bold(String raw) {
                    return format.bold(clean(raw));
                }

                @Override
                public String italic(String raw) {
                    return format.italic(clean(raw));
                }

                @Override
                public String code(String raw) {
                    return format.code(clean(raw));
                }

                @Override
                public String link(String label, String url) {
                    return format.link(clean(label), url);
                }
            };
        }

        /** USSD shows GSM-7 only: letters GSM-7 lacks lose their accents (ã → a), other such characters go. */
        private String clean(String s) {
            if (s == null || platform != Platform.USSD || Gsm7.isEncodable(s)) {
                return s;
            }
            StringBuilder out = new StringBuilder();
            s.codePoints().forEach(cp -> {
                String c = new String(Character.toChars(cp));
                if (Gsm7.isEncodable(c)) {
                    out.append(c);
                    return;
                }
                String base = Normalizer.normalize(c, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                String replaced = switch (c) {
                    case "“", "”", "«", "»" -> "\"";
                    case "‘", "’" -> "'";
                    case "–", "—" -> "-";
                    case "…" -> "...";
                    case "•" -> "-";
                    default -> Gsm7.isEncodable(base) ? base : "";
                };
                out.append(replaced);
            });
            return out.toString();
        }
    }
}
