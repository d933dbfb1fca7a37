package org.cablegate.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cablegate.EmbeddedMariaDbResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The permalink pages in a real browser: Debian's headless Chromium driven by Selenium. {@code .ci/run} installs
 * Chromium; on a machine without it these tests are skipped, saying why.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class PermalinkPagesBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static WebDriver browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium is not installed (.ci/run installs Debian's chromium and chromium-driver)");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1024");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void seeds() {
        ApiFixtures.importSeeds();
    }

    @Test
    void wholeCablePageAnchorsEveryParagraph() throws IOException {
        browser.get(root + "c/06ASTANA590#par20");
        var paragraph = browser.findElement(By.id("par20"));
        assertTrue(paragraph.getText().contains("22,549 kilos of drugs"), paragraph.getText());
        var own = paragraph.findElement(By.cssSelector("a:first-child"));
        assertEquals(root + "c/06ASTANA590/20", own.getDomProperty("href"));
        assertEquals("¶20", own.getText().strip());
        assertEquals(40, browser.findElements(By.cssSelector("[id^='par']")).size());
        screenshot("cable-06ASTANA590");
    }

    @Test
    void paragraphPageCarriesItsUnfurlTags() throws IOException {
        browser.get(root + "c/06ASTANA590/20");
        assertEquals("http://localhost:8080/c/06ASTANA590/20", meta("og:url"));
        assertTrue(meta("og:title").contains("06ASTANA590"), meta("og:title"));
        assertTrue(meta("og:description").startsWith("Law enforcement agencies seized 22,549 kilos"));
        assertEquals("article", meta("og:type"));
        assertEquals("http://localhost:8080/c/06ASTANA590/20/card.png", meta("og:image"));
        assertEquals("summary_large_image", browser.findElement(By.cssSelector("meta[name='twitter:card']"))
                .getDomAttribute("content"));
        assertEquals("http://localhost:8080/c/06ASTANA590/20",
                browser.findElement(By.cssSelector("link[rel='canonical']")).getDomAttribute("href"));
        var toCable = browser.findElement(By.cssSelector("a[href$='/c/06ASTANA590#par20']"));
        assertTrue(toCable.isDisplayed());
        screenshot("paragraph-06ASTANA590-20");
    }

    @Test
    void cardImageIsA1200By630Png() throws IOException {
        browser.get(root + "c/06ASTANA590/20/card.png");
        var image = ImageIO.read(new URL(root + "c/06ASTANA590/20/card.png"));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
    }

    private String meta(String property) {
        return browser.findElement(By.cssSelector("meta[property='" + property + "']")).getDomAttribute("content");
    }

    private static void screenshot(String name) throws IOException {
        var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() > 0 && image.getHeight() > 0, "the screenshot is an image");
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), png);
    }
}
