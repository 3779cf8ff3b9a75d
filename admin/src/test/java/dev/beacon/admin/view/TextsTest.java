package dev.beacon.admin.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void everyInterfaceTextIsInEnglishAndPortuguese() throws IOException {
        assertEquals(keys("messages/admin.properties"), keys("messages/admin_pt.properties"));
    }

    @Test
    void theBrowsersLanguageChoosesTheInterface() {
        assertEquals("pt", Texts.negotiate("pt-BR,pt;q=0.9,en;q=0.8"));
        assertEquals("en", Texts.negotiate("sw,de;q=0.5"));
        assertEquals("en", Texts.negotiate("%%%"));
        assertEquals("Sair", Texts.of("pt").get("nav.sign-out"));
    }

    private static TreeSet<Object> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.keySet());
    }
}
