package dev.beacon.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** The editor's undo history as the form carries it: steps, line breaks, its caps, and fields it did not write. */
class EditHistoryTest {

    @Test
    void aTextareasCrlfIsNoStepAndUndoTakesBackTheOperation() {
        DraftForm form = form(List.of("one\ntwo"), null);
        String field = EditHistory.none().field(form);
        form = form(List.of("one\r\ntwo"), field); // as a browser posts a textarea
        form.op = "add";
        form.newType = "heading";
        EditHistory history = EditHistory.read(field);
        history.apply(form);
        assertEquals(1, history.undoSteps(), "the add alone, not the line break");
        field = history.field(form);

        DraftForm back = form(List.of("one\r\ntwo", ""), field);
        back.types = new ArrayList<>(List.of("list", "heading"));
        back.levels = new ArrayList<>(List.of("", "2")); // a new heading is a level 2
        back.ordered = new ArrayList<>(List.of("", "false"));
        back.op = "undo";
        history = EditHistory.read(field);
        history.apply(back);
        assertEquals(1, back.blocks().size());
        assertFalse(history.canUndo());
        assertTrue(history.canRedo());
    }

    @Test
    void theHistoryKeepsItsNewestStepsWithinTheCaps() {
        String field = EditHistory.none().field(form(List.of(), null));
        Random random = new Random(13);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            // text that deflates badly, so the size cap is reached too
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 120; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            items.add(text.toString());
            DraftForm form = form(new ArrayList<>(items), field);
            form.op = "up:" + (items.size() - 1);
            EditHistory history = EditHistory.read(field);
            history.apply(form);
            field = history.field(form);
            assertTrue(history.undoSteps() <= EditHistory.MAX_STEPS, "steps " + history.undoSteps());
            assertTrue(field.length() <= EditHistory.MAX_ENCODED, "field " + field.length());
            assertFalse(EditHistory.read(field).unreadable());
            assertTrue(history.canUndo());
        }
    }

    @Test
    void aFieldItDidNotWriteIsNoHistory() throws Exception {
        assertTrue(EditHistory.read("not-a-history").unreadable());
        assertTrue(EditHistory.read("!!").unreadable());
        // 8 MB of zeros deflate to a few KB: more than a history holds, refused before it is all inflated
        byte[] zeros = new byte[8 * 1024 * 1024];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(zeros);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        EditHistory bomb = EditHistory.read(Base64.getUrlEncoder().encodeToString(out.toByteArray()));
        assertTrue(bomb.unreadable());
        assertFalse(bomb.canUndo());
        assertFalse(EditHistory.read("").unreadable());
    }

    /** A form of list blocks holding {@code items}, with the history {@code field}. */
    private static DraftForm form(List<String> items, String field) {
        DraftForm form = new DraftForm();
        form.title = "Title";
        form.slug = "title";
        form.types = new ArrayList<>(items.stream().map(i -> "list").toList());
        form.items = new ArrayList<>(items);
        form.history = field;
        return form;
    }
}
