package dev.beacon.channel.web.e2e;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A person in a fresh headless Chromium on this mobi-site for each test, closed after it. */
abstract class BrowserTest {

    @TestHTTPResource("/")
    URL root;

    Journey person;

    @BeforeEach
    void openBrowser() throws Exception {
        person = new Journey(root);
    }

    @AfterEach
    void closeBrowser() {
        if (person != null) {
            person.close();
        }
    }
}
