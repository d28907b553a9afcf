package dk.holbaek.experiments.api.pages;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test of the dashboard in a real browser ({@link Browser}), opened before each test and closed after it. */
abstract class BrowserTest {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, profile);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
