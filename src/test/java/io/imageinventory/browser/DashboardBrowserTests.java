package io.imageinventory.browser;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import io.imageinventory.dev.DemoData;
import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.LocalIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;
import software.amazon.awssdk.services.workspaces.model.ErrorDetails;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as its users meet it, in headless Chromium: the demo's images on the fake AWS
 * endpoint, sign-in on the local provider's form, the application on {@code localhost} and the
 * provider on {@code 127.0.0.1}. Takes the README's screenshots (see {@link Browser#readmeScreenshot}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardBrowserTests {

    private static final LocalIdentityProvider provider = LocalIdentityProvider.start(0);

    private static final FakeAws aws = DemoData.seed(FakeAws.start(0));

    private static final JsonMapper json = JsonMapper.builder().build();

    /** Found by what people read: the header's link "⚠ ERROR (n)". */
    private static final By ERROR_CHIP = By.partialLinkText("ERROR (");

    private static final By REFRESH_BUTTON = By.xpath("//button[contains(normalize-space(), 'Refresh')]");

    private static final By REFRESHING = By.xpath("//*[@role='status'][contains(., 'Refreshing')]");

    private static final By LAST_REFRESHED = By.cssSelector("[aria-label='Data freshness'] time");

    private static final By TABLE_ROWS = By.cssSelector("table tbody tr");

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        provider.applicationProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("inventory.endpoint-override", aws::endpoint);
        registry.add("inventory.regions", () -> String.join(",", DemoData.REGIONS));
        registry.add("inventory.accounts[0].role-arn", () -> DemoData.PRODUCTION_ROLE);
        registry.add("inventory.accounts[0].name", () -> "Production");
    }

    @AfterAll
    static void stop() {
        provider.close();
        aws.close();
    }

    @Test
    void shouldLetAViewerFilterToErrorImagesAndReadAnImagesErrorsWithoutEverSeeingRefresh() {
        List<DemoError> errors = errorImagesAsAwsListsThem();
        DemoError tradingFloor = errors.stream()
                .filter(error -> error.name().equals("Win11-Trading-Floor") && error.region().equals("us-east-1"))
                .findFirst().orElseThrow();
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

    /** Issue 4's check, tried as a new user would: every broken image of the demo, one click away. */
    @Test
    void shouldLeadFromTheFirstScreenToEveryErrorImageAndEveryErrorCodeInOneClick() {
        List<DemoError> errors = errorImagesAsAwsListsThem();
        assertThat(errors).as("the demo's ERROR images").hasSizeGreaterThanOrEqualTo(5);
        try (Browser browser = Browser.open()) {
            browser.go(app("/"));
            browser.signIn("viewer", "viewer");
            WebElement chip = awaitDashboardWithErrors(browser, errors.size());

            chip.click();

            browser.waitUntil(ExpectedConditions.urlContains("state=ERROR"));
            List<String> listed = browser.findAll(TABLE_ROWS).stream()
                    .map(row -> URI.create(row.findElement(By.cssSelector("th a")).getDomProperty("href")).getPath())
                    .toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(errors.stream().map(DemoError::path).toList());
            String page = browser.pageText();
            errors.forEach(error -> error.messagesByCode().forEach(
                    (code, message) -> assertThat(page).as("%s of %s", code, error.path()).contains(code, message)));
            assertThat(page).as("markup in a message is shown as text").contains("<b>unsupported</b>");
            browser.readmeScreenshot("error-images.png");
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

    /** Waits for the first refresh to show its ERROR images in the header, and answers the chip. */
    private WebElement awaitDashboardWithErrors(Browser browser, int count) {
        browser.waitUntil(ExpectedConditions.urlMatches("^" + app("/images")));
        return browser.reloadUntil(driver -> driver.findElements(ERROR_CHIP).stream()
                .filter(chip -> chip.getText().endsWith("ERROR (" + count + ")"))
                .findFirst().orElse(null));
    }

    private static Instant lastRefreshed(WebDriver driver) {
        return driver.findElements(LAST_REFRESHED).stream()
                .map(time -> Instant.parse(time.getDomAttribute("datetime")))
                .findFirst().orElse(Instant.EPOCH);
    }

    private URI app(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /**
     * Every ERROR image of the demo as AWS lists it, read from the fake endpoint with the real SDK, the
     * way the inventory reads it (both accounts, both regions, owned and shared, every page).
     */
    private static List<DemoError> errorImagesAsAwsListsThem() {
        aws.accessKey("production-reader", DemoData.PRODUCTION);
        Map<String, String> keysByAccount = Map.of(DemoData.CORPORATE, "corporate-reader",
                DemoData.PRODUCTION, "production-reader");
        List<DemoError> errors = new ArrayList<>();
        keysByAccount.forEach((account, key) -> DemoData.REGIONS.forEach(region -> {
            try (WorkSpacesClient workspaces = WorkSpacesClient.builder()
                    .endpointOverride(aws.endpoint())
                    .region(Region.of(region))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, "demo")))
                    .build()) {
                for (ImageType type : List.of(ImageType.OWNED, ImageType.SHARED)) {
                    String token = null;
                    do {
                        String next = token;
                        DescribeWorkspaceImagesResponse page = workspaces.describeWorkspaceImages(
                                request -> request.imageType(type).maxResults(25).nextToken(next));
                        page.images().stream()
                                .filter(image -> "ERROR".equals(image.stateAsString()))
                                .map(image -> DemoError.of(account, region, image))
                                .forEach(errors::add);
                        token = page.nextToken();
                    }
                    while (token != null && !token.isEmpty());
                }
            }
        }));
        return errors;
    }

    /** An ERROR image: where it is, and each error code (legacy or detail) with its message. */
    private record DemoError(String accountId, String region, String imageId, String name,
            Map<String, String> messagesByCode) {

        static DemoError of(String accountId, String region, WorkspaceImage image) {
            Map<String, String> messages = new LinkedHashMap<>();
            if (image.errorCode() != null) {
                messages.put(image.errorCode(), image.errorMessage());
            }
            for (ErrorDetails detail : image.errorDetails()) {
                messages.put(detail.errorCodeAsString(), detail.errorMessage());
            }
            return new DemoError(accountId, region, image.imageId(), image.name(), messages);
        }

        String path() {
            return "/images/" + accountId + "/" + region + "/" + imageId;
        }

    }

}
