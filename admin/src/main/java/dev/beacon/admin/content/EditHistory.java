package dev.beacon.admin.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Undo and redo in the block editor before saving. Block operations post the form back (no script needed), so the
 * history travels with the form in one hidden field: the state the page was drawn with ({@code base}), the states to
 * go back to ({@code undo}, newest last) and those undone ({@code redo}, newest last). A state is what the form holds
 * apart from its version: title, subtitle, slug, tags and every block as typed.
 *
 * <p>What was typed since the page was drawn is a step of its own (the posted form differs from {@code base}): undo
 * first takes the typing back, then the block operation before it. Undo keeps the state it leaves on the redo stack,
 * and redo keeps the one it leaves on the undo stack, so nothing typed is lost by going back and forth; a new change
 * (typing included) after an undo drops the redo stack, as editors do.
 *
 * <p>The field is the history as JSON, deflated and base64url-encoded (a long article's states differ little, so
 * they deflate well). It is capped at {@link #MAX_ENCODED} characters and {@link #MAX_STEPS} steps, dropping the
 * oldest undo steps first (the newest is always kept), so the page stays light. A field that cannot be read (altered,
 * or cut off) is no history at all: the form as posted is kept and the page says that undo starts again.
 */
public final class EditHistory {

    static final int MAX_STEPS = 50;
    static final int MAX_ENCODED = 32 * 1024;
    private static final int MAX_JSON = 4 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Everything of the form that undo brings back (the version is not: it is what the api last said). */
    public record State(String title, String subtitle, String slug, String tags, List<BlockInput> blocks) {

        static State of(DraftForm form) {
            return new State(
                    text(form.title),
                    text(form.subtitle),
                    text(form.slug),
                    text(form.tags),
                    form.blocks().stream().map(BlockInput::withLineFeeds).toList());
        }

        void into(DraftForm form) {
            form.title = title;
            form.subtitle = subtitle;
            form.slug = slug;
            form.tags = tags;
            form.blocks().clear();
            form.blocks().addAll(blocks == null ? List.of() : blocks);
        }
    }

    /** The field's content. */
    public record Stacks(State base, List<State> undo, List<State> redo) {}

    private State base;
    private final List<State> undo;
    private final List<State> redo;
    private final boolean unreadable;

    private EditHistory(State base, List<State> undo, List<State> redo, boolean unreadable) {
        this.base = base;
        this.undo = new ArrayList<>(undo);
        this.redo = new ArrayList<>(redo);
        this.unreadable = unreadable;
    }

    /** No history: a page drawn from the api's draft. */
    public static EditHistory none() {
        return new EditHistory(null, List.of(), List.of(), false);
    }

    /** The history a form posted; blank is none, anything unreadable is none and {@link #unreadable()}. */
    public static EditHistory read(String field) {
        if (field == null || field.isBlank()) {
            return none();
        }
        try {
            Stacks stacks = JSON.readValue(inflate(Base64.getUrlDecoder().decode(field.strip())), Stacks.class);
            return new EditHistory(
                    stacks.base(),
                    stacks.undo() == null
                            ? List.of()
                            : stacks.undo().stream().filter(Objects::nonNull).toList(),
                    stacks.redo() == null
                            ? List.of()
                            : stacks.redo().stream().filter(Objects::nonNull).toList(),
                    false);
        } catch (IllegalArgumentException | IOException | DataFormatException e) {
            return new EditHistory(null, List.of(), List.of(), true);
        }
    }

    /**
     * Applies the form's operation to the form, keeping the history: {@code undo}, {@code redo}, or a block
     * operation ({@link DraftForm#edit}); any other operation (a refused save) only records what was typed.
     */
    public void apply(DraftForm form) {
        State posted = State.of(form);
        boolean typed = base != null && !posted.equals(base);
        String op = form.op == null ? "" : form.op;
        switch (op) {
            case "undo" -> {
                if (typed) {
                    // the typing is the newest change (what was undone before it cannot be redone over it)
                    redo.clear();
                    redo.add(posted);
                    base.into(form);
                } else if (!undo.isEmpty()) {
                    redo.add(posted);
                    undo.remove(undo.size() - 1).into(form);
                }
            }
            case "redo" -> {
                if (typed) {
                    // typed over what was undone: nothing to redo any more, the typing kept as a step
                    undo.add(base);
                    redo.clear();
                } else if (!redo.isEmpty()) {
                    undo.add(posted);
                    redo.remove(redo.size() - 1).into(form);
                }
            }
            default -> {
                if (typed) {
                    undo.add(base);
                    redo.clear();
                }
                if (form.edit(op) && !State.of(form).equals(posted)) {
                    undo.add(posted);
                    redo.clear();
                }
            }
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** True when the posted field could not be read: undo starts again from the form as posted. */
    public boolean unreadable() {
        return unreadable;
    }

    public int undoSteps() {
        return undo.size();
    }

    /**
     * The field for the page about to be drawn with {@code form}: its state becomes the base. The oldest undo steps
     * are dropped while the field is too long or holds too many steps (then the oldest redo steps), the newest kept.
     */
    public String field(DraftForm form) {
        base = State.of(form);
        while (undo.size() + redo.size() > MAX_STEPS) {
            drop();
        }
        String encoded = encode();
        while (encoded.length() > MAX_ENCODED && undo.size() + redo.size() > 1) {
            // the share of the steps that is too long, at least one, so a long history is not encoded step by step
            int steps = undo.size() + redo.size();
            long over = (long) steps * (encoded.length() - MAX_ENCODED) / encoded.length();
            for (long i = Math.max(1, over); i > 0 && undo.size() + redo.size() > 1; i--) {
                drop();
            }
            encoded = encode();
        }
        return encoded;
    }

    private void drop() {
        if (undo.size() > 1 || redo.isEmpty()) {
            undo.remove(0);
        } else {
            redo.remove(0);
        }
    }

    private String encode() {
        try {
            byte[] json = JSON.writeValueAsBytes(new Stacks(base, undo, redo));
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inflates at most {@link #MAX_JSON} bytes: more is not a history this page wrote. */
    private static String inflate(byte[] deflated) throws DataFormatException, IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("cut off");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_JSON) {
                    throw new DataFormatException("too long");
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            inflater.end();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
