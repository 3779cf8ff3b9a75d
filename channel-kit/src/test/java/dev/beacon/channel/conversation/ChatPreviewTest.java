package dev.beacon.channel.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.channel.kit.model.ChannelVariant;
import dev.beacon.channel.kit.model.ChannelVariant.Button;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An item's chat messages as the article screens send them, for the admin's previews of drafts. */
class ChatPreviewTest {

    private static ChannelVariant.Message message(String text, Button... buttons) {
        return new ChannelVariant.Message(text, null, List.of(buttons));
    }

    @Test
    void aWrittenVariantIsCutAtItsMoreButtonAndEndsAsAnArticleEnds() {
        ChannelVariant variant = new ChannelVariant(
                "whatsapp",
                "written",
                "en",
                List.of(
                        message("*First* page", new Button("Read on", "more", null)),
                        message("Second page", new Button("Clinics near you", "open", 42L))));
        List<List<Message>> pages = ChatPreview.pages("whatsapp", variant, "en");
        assertEquals(2, pages.size());
        // the first page: its text above its own button, sent as written (WhatsApp's *bold* kept), and the menu
        Message first = pages.get(0).get(0);
        assertEquals("*First* page", first.text());
        assertEquals(Message.Style.BUTTONS, first.style());
        assertEquals(
                List.of("Read on", "Menu"),
                first.choices().stream().map(Choice::label).toList());
        // the last: its button, then the article's end; five choices are more than WhatsApp's three buttons: a list
        Message last = pages.get(1).get(0);
        assertEquals("Second page", last.text());
        assertEquals(Message.Style.LIST, last.style());
        assertEquals(
                List.of("Clinics near you", "Comments", "Back", "Menu"),
                last.choices().stream().map(Choice::label).toList());
    }

    @Test
    void aDerivedVariantEndsWithTheEnginesQuestionInThePersonsLanguage() {
        ChannelVariant variant = new ChannelVariant("messenger", "derived", "pt", List.of(message("Só texto")));
        List<List<Message>> pages = ChatPreview.pages("messenger", variant, "pt");
        assertEquals(1, pages.size());
        List<Message> page = pages.get(0);
        assertEquals("Só texto", page.get(0).text());
        Message end = page.get(page.size() - 1);
        assertEquals(Message.Style.BUTTONS, end.style());
        assertEquals(
                List.of("Comentários", "Voltar", "Menu"),
                end.choices().stream().map(Choice::label).toList());
    }
}
