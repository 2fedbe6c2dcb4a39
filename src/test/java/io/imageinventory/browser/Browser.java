package io.imageinventory.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's headless Chromium driven through Debian's ChromeDriver, with a fresh profile (so no
 * cookies) each time. Both paths are fixed and given to Selenium, so Selenium Manager never looks
 * for, let alone downloads, a browser or a driver; when either is missing the test fails and says
 * what to install.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Where every screenshot is written, relative to the project: a build's output, never a tracked file. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Set to a directory ({@code -Ddocs.screenshots=docs}) to also write the pictures the README shows
     * there: the one command that refreshes them. Unset, a build leaves the work tree as it was.
     */
    static final String DOCS_SCREENSHOTS = "docs.screenshots";

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final JsonMapper json = JsonMapper.builder().build();

    private final Path profile;

    private final ChromeDriverService service;

    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    /** The WCAG 2.0 and 2.1 success criteria of levels A and AA, as axe-core tags its rules. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static Browser open() {
        return open(true);
    }

    /** A browser that runs no script at all, as some people's do: what the pages must work without. */
    static Browser openWithoutJavaScript() {
        return open(false);
    }

    private static Browser open(boolean javaScript) {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        Path profile = temporaryProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile,
                // Bootstrap scrolls smoothly otherwise, and a click would land before the link got there.
                "--force-prefers-reduced-motion");
        if (!javaScript) {
            // The page's own scripts only: the driver's commands still run.
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        try {
            return new Browser(profile, service, new ChromeDriver(service, options));
        }
        catch (RuntimeException ex) {
            service.stop();
            deleteQuietly(profile);
            throw new IllegalStateException("Chromium did not start through " + CHROMEDRIVER
                    + " (do the versions of chromium and chromium-driver match?): " + ex.getMessage(), ex);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void go(URI uri) {
        driver.get(uri.toString());
    }

    URI currentUri() {
        return URI.create(driver.getCurrentUrl());
    }

    <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100)).until(condition);
    }

    /**
     * Waits until the condition holds on a fresh copy of the page: for what the server changes in the
     * background (the first refresh, a refresh in progress), which a server-rendered page shows only
     * when it is loaded again.
     */
    <T> T reloadUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(250)).until(browser -> {
            browser.navigate().refresh();
            return condition.apply(browser);
        });
    }

    WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Makes the window, and so the page's viewport, this wide and high, as a phone's or a laptop's. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        waitUntil(browser -> ((Number) evaluate("return window.innerWidth")).intValue() == width);
    }

    /**
     * How far the page reaches past the window's right edge, in CSS pixels (0 when it does not scroll
     * sideways), with the elements that stick out furthest, to say what to fix.
     */
    Overflow sidewaysOverflow() {
        Map<?, ?> measured = (Map<?, ?>) evaluate("""
                const width = window.innerWidth;
                const past = [...document.body.querySelectorAll('*')]
                    .map(e => [e, e.getBoundingClientRect().right - width])
                    .filter(([e, over]) => over > 0.5)
                    .sort((a, b) => b[1] - a[1]).slice(0, 5)
                    .map(([e, over]) => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim()
                        .split(/\\s+/).join('.') : '') + ' by ' + Math.round(over) + ' px');
                return {over: document.documentElement.scrollWidth - width, past: past};
                """);
        return new Overflow(((Number) measured.get("over")).intValue(),
                ((List<?>) measured.get("past")).stream().map(String::valueOf).toList());
    }

    /** What axe-core finds against WCAG 2.0 and 2.1 levels A and AA on the page as it is: one line per element. */
    List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + driver.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .flatMap(rule -> rule.getNodes().stream().map(node -> rule.getId() + " (" + rule.getImpact() + ", "
                        + rule.getHelpUrl() + "): " + rule.getHelp() + "\n    at " + node.getTarget() + ": "
                        + String.valueOf(node.getFailureSummary()).replace("\n", " ")))
                .toList();
    }

    /** Presses a key as a person would, on whatever has the focus. */
    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Presses a key while holding a modifier down, such as Shift+Tab. */
    void press(Keys modifier, CharSequence key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    /** The element that has the keyboard's focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Runs a script in the page and answers its result: for what only the page knows, such as its storage. */
    Object evaluate(String script) {
        return driver.executeScript(script);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits for the identity provider's login form, fills it in and sends it. */
    void signIn(String username, String password) {
        WebElement user = find(By.name("username"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.name("password"));
        secret.clear();
        secret.sendKeys(password);
        secret.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
    }

    /** The page's console messages since the last call: script errors, refused resources, CSP violations. */
    List<LogEntry> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /**
     * Every address the browser requested since the last call, redirects included, in order: the hops a
     * user never sees in the address bar. Chrome's performance log says so as DevTools events.
     */
    List<URI> requestedUris() {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(entry -> json.readTree(entry.getMessage()).path("message"))
                .filter(event -> event.path("method").asString("").equals("Network.requestWillBeSent"))
                .map(event -> event.path("params").path("request").path("url").asString(""))
                .filter(url -> url.startsWith("http"))
                .map(URI::create)
                .toList();
    }

    /** The top of the page, as {@code target/screenshots/<name>}. */
    Path screenshot(String name) {
        driver.executeScript("window.scrollTo(0, 0)");
        Path file = SCREENSHOTS.resolve(name);
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the screenshot " + name, ex);
        }
        return file;
    }

    /**
     * A picture the README shows: written like any {@link #screenshot}, and copied to the directory named by
     * {@value #DOCS_SCREENSHOTS} when that is set.
     */
    void readmeScreenshot(String name) {
        Path file = screenshot(name);
        String docs = System.getProperty(DOCS_SCREENSHOTS, "");
        if (docs.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(docs));
            Files.copy(file, Path.of(docs).resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot copy the screenshot " + name + " to " + docs, ex);
        }
    }

    /**
     * How far a page reaches past the window's right edge.
     *
     * @param pixels CSS pixels past the edge; 0 or less when the page does not scroll sideways
     * @param furthest the elements that stick out furthest, with by how much
     */
    record Overflow(int pixels, List<String> furthest) {
    }

    @Override
    public void close() {
        try {
            driver.quit();
        }
        finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void requireExecutable(Path path, String debianPackage) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("The browser tests need " + path + ", which is missing: install Debian's "
                    + "chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does). "
                    + "They never download a browser or a driver. Missing package: " + debianPackage);
        }
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("image-inventory-chromium-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
        catch (IOException ex) {
            // A leftover profile in the temporary directory harms nothing.
        }
    }

}
