package io.imageinventory.browser;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;

import io.imageinventory.dev.LocalIdentityProvider;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's journeys as its users take them: to the ERROR images and their errors, a refresh, the API's
 * documentation, htmx and the browser's storage, sign-out. Takes the README's screenshots (see
 * {@link Browser#readmeScreenshot}).
 */
class DashboardBrowserTests extends AbstractDemoBrowserTests {

    private static final JsonMapper json = JsonMapper.builder().build();

    private static final By REFRESH_BUTTON = By.xpath("//button[contains(normalize-space(), 'Refresh')]");

    private static final By REFRESHING = By.xpath("//*[@role='status'][contains(., 'Refreshing')]");

    private static final By LAST_REFRESHED = By.cssSelector("[aria-label='Data freshness'] time");

    @Test
    void shouldLetAViewerFilterToErrorImagesAndReadAnImagesErrorsWithoutEverSeeingRefresh() {
        List<DemoError> errors = errorImagesAsAwsListsThem();
        DemoError tradingFloor = tradingFloor();
        try (Browser browser = Browser.open()) {
            browser.go(app("/"));
            browser.find(By.name("password"));
            assertThat(browser.currentUri().getHost()).as("the provider's login form").isEqualTo("127.0.0.1");
            browser.readmeScreenshot("sign-in.png");
            browser.signIn("viewer", "viewer");
            awaitDashboardWithErrors(browser, errors.size());
            assertThat(browser.find(By.tagName("header")).getText()).as("the name, not the opaque subject")
                    .contains("Victor Viewer").doesNotContain(LocalIdentityProvider.subjectOf("viewer"));
            assertThat(browser.findAll(REFRESH_BUTTON)).as("no refresh button for viewers").isEmpty();

            browser.find(ERROR_CHIP).click();

            browser.waitUntil(ExpectedConditions.urlContains("state=ERROR"));
            List<WebElement> rows = browser.findAll(TABLE_ROWS);
            assertThat(rows).hasSize(errors.size())
                    .allSatisfy(row -> assertThat(row.getText()).as("the icon and the word").contains("⚠ ERROR"));
            assertThat(browser.findAll(REFRESH_BUTTON)).isEmpty();

            browser.find(By.cssSelector("a[href$='" + tradingFloor.path() + "']")).click();

            browser.waitUntil(ExpectedConditions.urlToBe(app(tradingFloor.path()).toString()));
            assertThat(browser.findAll(By.tagName("header"))).as("the detail page replaces the list").hasSize(1);
            assertErrorsShown(browser, tradingFloor);
            assertThat(browser.findAll(REFRESH_BUTTON)).isEmpty();

            // Loaded afresh, as a bookmarked or shared link would be.
            browser.driver().navigate().refresh();

            assertThat(browser.find(By.tagName("h1")).getText()).contains(tradingFloor.name(), "ERROR");
            assertErrorsShown(browser, tradingFloor);
            assertThat(browser.findAll(REFRESH_BUTTON)).isEmpty();
            browser.readmeScreenshot("error-image.png");
            assertThat(browser.consoleMessages()).filteredOn(message -> message.getLevel() == Level.SEVERE)
                    .extracting(LogEntry::getMessage)
                    .as("script errors, missing files, scripts or styles the CSP refused")
                    .isEmpty();
        }
    }

    /**
     * Issue 4's check, tried as a new user would: every broken image of the demo one click away, each with
     * its first error in its row, and its other errors (issue 18) one click further, on the same page.
     */
    @Test
    void shouldLeadFromTheFirstScreenToEveryErrorImageAndUnfoldEachOfItsErrorCodes() {
        List<DemoError> errors = errorImagesAsAwsListsThem();
        assertThat(errors).as("the demo's ERROR images").hasSizeGreaterThanOrEqualTo(5);
        try (Browser browser = Browser.open()) {
            browser.go(app("/"));
            browser.signIn("viewer", "viewer");
            WebElement chip = awaitDashboardWithErrors(browser, errors.size());

            chip.click();

            browser.waitUntil(ExpectedConditions.urlContains("state=ERROR"));
            List<WebElement> rows = browser.findAll(TABLE_ROWS);
            List<String> listed = rows.stream()
                    .map(row -> URI.create(row.findElement(By.cssSelector("th a")).getDomProperty("href")).getPath())
                    .toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(errors.stream().map(DemoError::path).toList());
            for (DemoError error : errors) {
                WebElement row = browser.find(By.cssSelector("tr[data-image-id='" + error.imageId() + "']"));
                String firstCode = error.messagesByCode().keySet().iterator().next();
                assertThat(row.getText()).as("the first error of %s, in its row", error.path())
                        .contains(firstCode, error.messagesByCode().get(firstCode));
            }
            browser.readmeScreenshot("error-images.png");
            List<WebElement> disclosures = browser.findAll(By.cssSelector("tr details.more-errors > summary"));
            assertThat(disclosures).as("images with more than one error").isNotEmpty();
            disclosures.forEach(WebElement::click);

            String page = browser.pageText();
            errors.forEach(error -> error.messagesByCode().forEach(
                    (code, message) -> assertThat(page).as("%s of %s", code, error.path()).contains(code, message)));
            assertThat(page).as("markup in a message is shown as text").contains("<b>unsupported</b>");
        }
    }

    @Test
    void shouldShowAnAdminThatTheRefreshTheyPressedRunsAndThenFinishes() {
        try (Browser browser = Browser.open()) {
            browser.go(app("/images"));
            browser.signIn("admin", "admin");
            awaitDashboardWithErrors(browser, errorImagesAsAwsListsThem().size());
            browser.readmeScreenshot("dashboard.png");
            Instant before = lastRefreshed(browser.driver());
            // A slow AWS keeps the refresh running long enough to be seen.
            aws.latency(Duration.ofSeconds(1));
            try {
                browser.find(REFRESH_BUTTON).click();

                browser.find(REFRESHING);
                assertThat(browser.currentUri().getPath()).isEqualTo("/images");
                assertThat(browser.find(REFRESH_BUTTON).isEnabled()).as("no second refresh while one runs").isFalse();
            }
            finally {
                aws.latency(Duration.ZERO);
            }
            Instant after = browser.reloadUntil(
                    driver -> driver.findElements(REFRESHING).isEmpty() && lastRefreshed(driver).isAfter(before)
                            ? lastRefreshed(driver) : null);
            assertThat(browser.find(REFRESH_BUTTON).isEnabled()).isTrue();

            browser.go(app("/api/status"));

            JsonNode status = json.readTree(browser.find(By.tagName("pre")).getText());
            assertThat(status.get("refreshing").asBoolean()).isFalse();
            assertThat(Instant.parse(status.get("lastSuccess").asString())).isEqualTo(after);
            assertThat(status.get("sources").valueStream().map(source -> source.get("lastError").isNull()))
                    .hasSize(4).containsOnly(true);
        }
    }

    /** The Swagger UI is a script-heavy page of springdoc's, held to the application's CSP like every other. */
    @Test
    void shouldLetAViewerTryTheApiFromItsDocumentationWithinTheContentSecurityPolicy() {
        try (Browser browser = Browser.open()) {
            browser.go(app("/swagger-ui.html"));
            browser.signIn("viewer", "viewer");
            browser.waitUntil(ExpectedConditions.urlContains("/swagger-ui/index.html"));

            browser.find(By.xpath("//*[contains(@class, 'opblock-summary-path')][normalize-space()='/api/images']"))
                    .click();
            browser.find(By.xpath("//button[normalize-space()='Try it out']")).click();
            browser.find(By.xpath("//button[normalize-space()='Execute']")).click();

            assertThat(browser.find(By.cssSelector(".live-responses-table tr.response .response-col_status")).getText())
                    .as("the answer's status").isEqualTo("200");
            assertThat(browser.find(By.cssSelector(".live-responses-table tr.response .response-col_description"))
                    .getText()).as("the answer's body").contains("\"total\"", "\"images\"");
            assertThat(browser.consoleMessages()).filteredOn(message -> message.getLevel() == Level.SEVERE)
                    .extracting(LogEntry::getMessage)
                    .as("script errors, missing files, scripts or styles the CSP refused")
                    .isEmpty();
        }
    }

    @Test
    void shouldKeepNoCopyOfThePagesInTheBrowserAndStillGoBackAfterHtmxNavigation() {
        try (Browser browser = Browser.open()) {
            browser.go(app("/images"));
            browser.signIn("viewer", "viewer");
            awaitDashboardWithErrors(browser, errorImagesAsAwsListsThem().size());
            int everyRow = browser.findAll(TABLE_ROWS).size();

            browser.find(By.cssSelector("#results a[data-facet='state'][data-value='ERROR']")).click();

            browser.waitUntil(ExpectedConditions.urlContains("state=ERROR"));
            browser.waitUntil(driver -> driver.findElements(TABLE_ROWS).size() < everyRow);
            assertThat(browser.evaluate("return history.state && history.state.htmx === true"))
                    .as("htmx replaced the results and pushed the address").isEqualTo(true);
            String storage = String.valueOf(browser.evaluate(
                    "return JSON.stringify([Object.entries(sessionStorage), Object.entries(localStorage)])"));
            assertThat(storage).doesNotContain("htmx-history-cache").doesNotContain("_csrf")
                    .doesNotContain("Sign out").doesNotContain("Victor Viewer")
                    .doesNotContain(LocalIdentityProvider.subjectOf("viewer"));

            browser.driver().navigate().back();

            browser.waitUntil(driver -> !driver.getCurrentUrl().contains("state=ERROR")
                    && driver.findElements(TABLE_ROWS).size() == everyRow);
            assertThat(browser.findAll(By.tagName("header"))).as("the whole page, once").hasSize(1);
        }
    }

    @Test
    void shouldSignOutOfTheProviderTooAndAskForThePasswordOnTheNextVisit() {
        try (Browser browser = Browser.open()) {
            browser.go(app("/images"));
            browser.signIn("viewer", "viewer");
            browser.waitUntil(ExpectedConditions.urlToBe(app("/images?continue").toString()));
            browser.requestedUris();

            browser.find(By.xpath("//button[normalize-space()='Sign out']")).click();

            browser.find(By.name("password"));
            List<URI> hops = browser.requestedUris();
            assertThat(hops).as("through the provider's end of session and back to the application")
                    .anySatisfy(uri -> assertThat(uri.getPath()).isEqualTo("/connect/logout"))
                    .contains(app("/"));
            assertThat(browser.currentUri().getHost()).as("the provider asks again").isEqualTo("127.0.0.1");

            browser.go(app("/images"));

            browser.find(By.name("password"));
            assertThat(browser.currentUri().getPath()).isEqualTo("/login");
            browser.signIn("viewer", "viewer");
            browser.waitUntil(ExpectedConditions.urlToBe(app("/images?continue").toString()));
        }
    }

    private static void assertErrorsShown(Browser browser, DemoError image) {
        String errors = browser.find(By.xpath("//section[h2[contains(., 'Errors')]]")).getText();
        assertThat(image.messagesByCode()).as("the image's error details").hasSizeGreaterThan(1);
        image.messagesByCode().forEach((code, message) -> assertThat(errors).contains(code, message));
    }

    private static Instant lastRefreshed(WebDriver driver) {
        return driver.findElements(LAST_REFRESHED).stream()
                .map(time -> Instant.parse(time.getDomAttribute("datetime")))
                .findFirst().orElse(Instant.EPOCH);
    }

}
