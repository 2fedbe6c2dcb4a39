package io.imageinventory.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, readable at any width: on a phone and on a laptop ({@link Screen}) no page scrolls sideways,
 * every ERROR image shows its marker and first error within the window, and on a phone the filters fold
 * away. Screenshots of each page at each width go to {@code target/screenshots/}.
 */
class ScreenWidthBrowserTests extends AbstractDemoBrowserTests {

    @ParameterizedTest
    @EnumSource(Screen.class)
    void shouldFitEveryPageInTheWindowAndShowEveryErrorImagesMarkerAndFirstError(Screen screen) {
        List<DemoError> errors = errorImagesAsAwsListsThem();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("images", "/images");
        pages.put("error-images", "/images?state=ERROR");
        pages.put("error-image", tradingFloor().path());
        List<String> overflows = new ArrayList<>();
        String prefix = screen.name().toLowerCase(Locale.ROOT) + "-";
        try (Browser browser = Browser.open()) {
            browser.resize(screen.width(), screen.height());
            browser.go(app("/images"));
            browser.signIn("viewer", "viewer");
            awaitDashboardWithErrors(browser, errors.size());
            pages.forEach((name, page) -> {
                browser.go(app(page));
                browser.find(By.tagName("h1"));
                measure(browser, page, overflows);
                browser.screenshot(prefix + name + ".png");
            });

            browser.go(app("/images?state=ERROR"));

            List<WebElement> rows = browser.findAll(TABLE_ROWS);
            assertThat(rows).hasSize(errors.size());
            for (WebElement row : rows) {
                assertWithinWindow(browser, row.findElement(By.cssSelector(".state-badge")));
                assertWithinWindow(browser, row.findElement(By.cssSelector(".image-error-first")));
            }
            if (screen == Screen.PHONE) {
                browser.readmeScreenshot("error-images-phone.png");
            }
        }
        withRecordedChanges(() -> {
            try (Browser browser = Browser.open()) {
                browser.resize(screen.width(), screen.height());
                browser.go(app("/changes"));
                browser.signIn("viewer", "viewer");
                browser.find(By.cssSelector("tr.change-to-error"));
                measure(browser, "/changes", overflows);
                browser.screenshot(prefix + "changes.png");
            }
        });
        assertThat(overflows).as("pages wider than the window, %d px", screen.width()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void shouldFoldTheFiltersAwayOnAPhoneOnly(Screen screen) {
        try (Browser browser = Browser.open()) {
            browser.resize(screen.width(), screen.height());
            browser.go(app("/images"));
            browser.signIn("viewer", "viewer");
            awaitDashboardWithErrors(browser, errorImagesAsAwsListsThem().size());
            WebElement toggle = browser.driver().findElement(By.cssSelector(".facets-toggle"));
            WebElement errorFilter = browser.driver()
                    .findElement(By.cssSelector("a[data-facet='state'][data-value='ERROR']"));

            if (screen == Screen.PHONE) {
                assertThat(errorFilter.isDisplayed()).as("folded away").isFalse();
                toggle.click();
            }
            else {
                assertThat(toggle.isDisplayed()).as("nothing to unfold on a laptop").isFalse();
            }

            assertThat(errorFilter.isDisplayed()).isTrue();
            errorFilter.click();
            browser.waitUntil(driver -> driver.getCurrentUrl().contains("state=ERROR"));
        }
    }

    private static void measure(Browser browser, String page, List<String> overflows) {
        Browser.Overflow overflow = browser.sidewaysOverflow();
        if (overflow.pixels() > 0) {
            overflows.add(page + " by " + overflow.pixels() + " px; furthest: " + overflow.furthest());
        }
    }

    private static void assertWithinWindow(Browser browser, WebElement element) {
        int window = ((Number) browser.evaluate("return window.innerWidth")).intValue();
        Rectangle box = element.getRect();
        assertThat(element.isDisplayed()).as("%s shown", element.getText()).isTrue();
        assertThat(box.getX()).as("%s starts in the window", element.getText()).isGreaterThanOrEqualTo(0);
        assertThat(box.getX() + box.getWidth()).as("%s ends in the window", element.getText())
                .isLessThanOrEqualTo(window);
    }

}
