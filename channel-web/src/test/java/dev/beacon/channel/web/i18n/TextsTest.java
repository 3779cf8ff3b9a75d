package dev.beacon.channel.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static TreeSet<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/messages/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyInterfaceTextIsTranslatedIntoPortuguese() throws IOException {
        assertEquals(keys("web.properties"), keys("web_pt.properties"));
    }

    @Test
    void aSiteLocaleGetsTheInterfaceOfItsLanguageOrEnglish() {
        assertEquals("pt", Texts.forLocale("pt-BR").language());
        assertEquals("Pesquisar", Texts.forLocale("pt").get("nav.search"));
        assertEquals("en", Texts.forLocale("sw").language());
    }
}
