package com.secutix.payments.localstack.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * A real Chromium (Debian's {@code chromium} and {@code chromium-driver}: no driver download), headless, with
 * its network log kept so a test can see every request the page made, and a screenshot of each step written
 * to {@code local-stack/target/checkout-screenshots}. {@link #accessibilityViolations} runs axe-core (the npm
 * package, installed by {@code .ci/run} into {@code node_modules/}) in the page.
 */
final class ChromiumBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path screenshots;
    private final List<NetworkRequest> requests = new ArrayList<>();

    /** A request the browser sent: its method, address and form body, if any. */
    record NetworkRequest(String method, String url, String body) {
    }

    private ChromiumBrowser(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static ChromiumBrowser start(Path screenshots, int width, int height) throws IOException {
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=fr-CH");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new ChromiumBrowser(driver, screenshots);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void click(String css) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Waits until the page shows an element matching {@code css}, and returns its text; an element of a page being
     * replaced (after a click) is looked for again on the page that replaces it.
     */
    String textOf(String css) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(page -> page.findElement(By.cssSelector(css)).getText());
    }

    /**
     * Waits until the page's heading reads {@code expected}: after a click the page being left may still be shown,
     * so its heading is not read at once. Fails with the heading the page shows instead.
     */
    void awaitHeading(String expected) {
        try {
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(By.cssSelector("h1"), expected));
        } catch (TimeoutException otherPage) {
            throw new AssertionError("the page's heading is \"" + textOf("h1") + "\", not \"" + expected + "\"");
        }
    }

    void waitForUrlContaining(String part) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(part));
    }

    void screenshot(String name) {
        try {
            Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical violations axe-core finds in the current page, as "rule: target" lines. */
    List<String> accessibilityViolations(Path axeScript) throws IOException {
        JavascriptExecutor page = driver;
        page.executeScript(Files.readString(axeScript));
        Object result = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', nodes: [{target: [String(e)]}]}])));
                """);
        List<String> found = new ArrayList<>();
        for (JsonNode violation : PlatformApi.parse(String.valueOf(result))) {
            String impact = violation.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                for (JsonNode node : violation.path("nodes")) {
                    found.add(violation.path("id").asString() + ": " + node.path("target") + " " + node.path("failureSummary").asString(""));
                }
            }
        }
        return found;
    }

    /** Every request the browser sent so far (read from its network log). */
    List<NetworkRequest> requests() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = PlatformApi.parse(entry.getMessage()).path("message");
            if (message.path("method").asString("").equals("Network.requestWillBeSent")) {
                JsonNode request = message.path("params").path("request");
                requests.add(new NetworkRequest(request.path("method").asString(""), request.path("url").asString(""),
                        request.path("postData").asString("")));
            }
        }
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        driver.quit();
    }

}
