package io.imageinventory.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.imageinventory.dev.DemoData;
import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.LocalIdentityProvider;
import io.imageinventory.inventory.InventoryRefresher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;
import software.amazon.awssdk.services.workspaces.model.ErrorDetails;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo that every browser test class meets, in headless Chromium: the demo's images on the fake AWS
 * endpoint, sign-in on the local provider's form, the application on {@code localhost} and the provider
 * on {@code 127.0.0.1}. The classes share one provider, one endpoint and so one Spring context (the
 * same settings from the same method), started with the first of them and stopped when the test run
 * ends.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class AbstractDemoBrowserTests {

    static final LocalIdentityProvider provider = LocalIdentityProvider.start(0);

    static final FakeAws aws = DemoData.seed(FakeAws.start(0));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            provider.close();
            aws.close();
        }, "demo-shutdown"));
    }

    /** Found by what people read: the header's link "⚠ ERROR (n)". */
    static final By ERROR_CHIP = By.partialLinkText("ERROR (");

    static final By TABLE_ROWS = By.cssSelector("table tbody tr");

    @LocalServerPort
    private int port;

    @Autowired
    private InventoryRefresher refresher;

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        provider.applicationProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("inventory.endpoint-override", aws::endpoint);
        registry.add("inventory.regions", () -> String.join(",", DemoData.REGIONS));
        registry.add("inventory.accounts[0].role-arn", () -> DemoData.PRODUCTION_ROLE);
        registry.add("inventory.accounts[0].name", () -> "Production");
    }

    URI app(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Waits for the first refresh to show its ERROR images in the header, and answers the chip. */
    WebElement awaitDashboardWithErrors(Browser browser, int count) {
        browser.waitUntil(ExpectedConditions.urlMatches("^" + app("/images")));
        return browser.reloadUntil(driver -> driver.findElements(ERROR_CHIP).stream()
                .filter(chip -> chip.getText().endsWith("ERROR (" + count + ")"))
                .findFirst().orElse(null));
    }

    /**
     * Runs {@code test} with a change history to show: the demo as {@link DemoData#evolve} has it, refreshed,
     * then put back and refreshed again, so the other tests find the demo as it was.
     */
    void withRecordedChanges(Runnable test) {
        // Joins the refresh at start-up if it still runs: the next one reads the evolved demo.
        refresher.refresh().join();
        DemoData.evolve(aws);
        refresher.refresh().join();
        try {
            test.run();
        }
        finally {
            DemoData.seed(aws);
            refresher.refresh().join();
        }
    }

    /** The demo's image with the most errors, in us-east-1: three details, one with a code newer than the SDK. */
    static DemoError tradingFloor() {
        return errorImagesAsAwsListsThem().stream()
                .filter(error -> error.name().equals("Win11-Trading-Floor") && error.region().equals("us-east-1"))
                .findFirst().orElseThrow();
    }

    /**
     * Every ERROR image of the demo as AWS lists it, read from the fake endpoint with the real SDK, the
     * way the inventory reads it (both accounts, both regions, owned and shared, every page).
     */
    static List<DemoError> errorImagesAsAwsListsThem() {
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
    record DemoError(String accountId, String region, String imageId, String name,
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
