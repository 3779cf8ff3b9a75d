package dev.beacon.api.testing;

import dev.beacon.api.demo.DemoContentLoader;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** A test against the demo sites, loaded before each test (loading is idempotent). */
public abstract class DemoSiteTest extends DatabaseTest {

    @Inject
    protected DemoContentLoader demo;

    @BeforeEach
    void loadDemoSites() {
        demo.load();
    }
}
