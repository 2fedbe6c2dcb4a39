package io.imageinventory.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, WCAG 2.1 AA in the browser: axe-core's rules for levels A and AA on every kind of page, a
 * visible focus ring on every control, the results reached and used with the keyboard alone, and the
 * filters with JavaScript turned off.
 */
class AccessibilityBrowserTests extends AbstractDemoBrowserTests {

    private static final List<Screen> SCREENS = List.of(Screen.PHONE, Screen.LAPTOP);

    private static final By MORE_ERRORS = By.cssSelector("tr details.more-errors > summary");

    @Test
    void shouldPassAxeCoresWcag21LevelAAndAaRulesOnEveryKindOfPage() {
        String errorImage = tradingFloor().path();
        List<String> violations = new ArrayList<>();
        withRecordedChanges(() -> {
            try (Browser browser = Browser.open()) {
                browser.go(app("/images"));
                browser.signIn("viewer", "viewer");
                browser.waitUntil(ExpectedConditions.urlContains("/images"));
                for (Screen screen : SCREENS) {
                    browser.resize(screen.width(), screen.height());
                    for (String page : List.of("/images", "/images?state=ERROR", errorImage, "/changes",
                            "/images/111122223333/us-east-1/wsi-nothing", "/no-such-page")) {
                        browser.go(app(page));
                        browser.find(By.tagName("h1"));
                        check(browser, screen, page, violations);
                    }
                    browser.go(app("/images?state=ERROR"));
                    browser.findAll(MORE_ERRORS).forEach(WebElement::click);
                    browser.findAll(By.cssSelector(".facets-toggle")).stream().filter(WebElement::isDisplayed)
                            .forEach(WebElement::click);
                    check(browser, screen, "/images?state=ERROR, every disclosure open", violations);
                }
            }
            try (Browser browser = Browser.open()) {
                browser.go(app("/images"));
                browser.signIn("outsider", "outsider");
                browser.find(By.xpath("//h1[normalize-space()='Not allowed']"));
                for (Screen screen : SCREENS) {
                    browser.resize(screen.width(), screen.height());
                    check(browser, screen, "403 for outsider", violations);
                }
            }
        });
        assertThat(violations).as("WCAG 2.1 A and AA violations that axe-core found").isEmpty();
    }

    @Test
    void shouldShowAFocusRingOnEveryControlTheKeyboardReaches() {
        List<String> withoutRing = new ArrayList<>();
        try (Browser browser = Browser.open()) {
            browser.go(app("/images"));
            browser.signIn("viewer", "viewer");
            awaitDashboardWithErrors(browser, errorImagesAsAwsListsThem().size());
            for (String page : List.of("/images?state=ERROR", tradingFloor().path(), "/changes")) {
                browser.go(app(page));
                browser.find(By.tagName("h1"));
                int reached = 0;
                List<WebElement> seen = new ArrayList<>();
                while (reached < 300) {
                    browser.press(Keys.TAB);
                    WebElement control = browser.focused();
                    if (control.getTagName().equals("body") || seen.contains(control)) {
                        break;
                    }
                    seen.add(control);
                    reached++;
                    Map<?, ?> ring = (Map<?, ?>) browser.evaluate("""
                            const style = getComputedStyle(document.activeElement);
                            return {style: style.outlineStyle, width: parseFloat(style.outlineWidth),
                                    html: document.activeElement.outerHTML.slice(0, 100)};
                            """);
                    if (ring.get("style").equals("none") || ((Number) ring.get("width")).doubleValue() < 2) {
                        withoutRing.add(page + ": " + ring.get("html"));
                    }
                }
                assertThat(reached).as("controls the keyboard reached on %s", page).isGreaterThan(5);
            }
        }
        assertThat(withoutRing).as("controls without a visible focus ring (2 px or more)").isEmpty();
    }

    @Test
    void shouldLetTheKeyboardAloneSkipToTheResultsUnfoldAnImagesErrorsAndOpenIt() {
        try (Browser browser = Browser.open()) {
            browser.go(app("/images"));
            browser.signIn("viewer", "viewer");
            awaitDashboardWithErrors(browser, errorImagesAsAwsListsThem().size());
            browser.go(app("/images?state=ERROR"));
            browser.find(By.tagName("h1"));

            browser.press(Keys.TAB);

            WebElement skip = browser.focused();
            assertThat(skip.getText()).isEqualTo("Skip to results");
            assertThat(skip.getRect().getWidth()).as("shown once focused").isGreaterThan(20);

            browser.press(Keys.ENTER);

            assertThat(browser.focused().getDomAttribute("id")).isEqualTo("images-table");
            WebElement summary = tabUntil(browser, control -> control.getTagName().equals("summary"));
            WebElement row = summary.findElement(By.xpath("ancestor::tr"));
            String hidden = row.findElement(By.cssSelector("details li code")).getDomProperty("textContent");
            assertThat(row.getText()).as("folded away").doesNotContain(hidden);

            browser.press(Keys.ENTER);

            assertThat(row.findElement(By.tagName("details")).getDomProperty("open")).isEqualTo("true");
            assertThat(row.getText()).as("unfolded").contains(hidden);

            browser.press(Keys.SHIFT, Keys.TAB);
            WebElement link = browser.focused();
            assertThat(link.findElement(By.xpath("ancestor::tr")).getDomAttribute("data-image-id"))
                    .as("the image's own link, before its errors").isEqualTo(row.getDomAttribute("data-image-id"));
            String href = link.getDomProperty("href");

            browser.press(Keys.ENTER);

            browser.waitUntil(ExpectedConditions.urlToBe(href));
            assertThat(browser.find(By.tagName("h1")).getText()).contains("ERROR");
        }
    }

    @Test
    void shouldFilterSearchAndUnfoldErrorsWithJavaScriptTurnedOff() {
        int errors = errorImagesAsAwsListsThem().size();
        try (Browser browser = Browser.openWithoutJavaScript()) {
            browser.go(app("/images"));
            browser.signIn("viewer", "viewer");
            awaitDashboardWithErrors(browser, errors);
            assertThat(browser.evaluate("return typeof htmx")).as("htmx never ran").isEqualTo("undefined");

            browser.find(By.cssSelector("a[data-facet='state'][data-value='ERROR']")).click();

            browser.waitUntil(ExpectedConditions.urlContains("state=ERROR"));
            assertThat(browser.findAll(TABLE_ROWS)).hasSize(errors)
                    .allSatisfy(row -> assertThat(row.getText()).contains("ERROR"));

            browser.find(By.id("q")).sendKeys("Trading", Keys.ENTER);

            browser.waitUntil(ExpectedConditions.urlContains("q=Trading"));
            List<WebElement> trading = browser.findAll(TABLE_ROWS);
            assertThat(trading).hasSize(2).allSatisfy(row -> assertThat(row.getText()).contains("Win11-Trading-Floor"));
            assertThat(browser.currentUri().getQuery()).as("the filter kept").contains("state=ERROR");
            WebElement summary = trading.get(0).findElement(By.cssSelector("details > summary"));

            summary.click();

            assertThat(trading.get(0).getText()).contains("FirewallEnabled", "QuantumEntanglementDetected");

            browser.find(By.cssSelector("a.active-filter")).click();

            browser.waitUntil(driver -> !driver.getCurrentUrl().contains("state=ERROR"));
            assertThat(browser.currentUri().getQuery()).isEqualTo("q=Trading");
        }
    }

    private static void check(Browser browser, Screen screen, String page, List<String> violations) {
        browser.accessibilityViolations()
                .forEach(violation -> violations.add(page + " at " + screen.width() + " px: " + violation));
    }

    private static WebElement tabUntil(Browser browser, Predicate<WebElement> wanted) {
        for (int step = 0; step < 50; step++) {
            browser.press(Keys.TAB);
            if (wanted.test(browser.focused())) {
                return browser.focused();
            }
        }
        throw new AssertionError("The keyboard did not reach the control within 50 presses of Tab");
    }

}
