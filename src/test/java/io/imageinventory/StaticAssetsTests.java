package io.imageinventory;

import java.net.URI;
import java.util.List;

import io.imageinventory.dev.BrowserSession;
import io.imageinventory.dev.CachingBrowser;
import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.LocalIdentityProvider;
import io.imageinventory.dev.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a signed-in viewer's browser downloads, over real HTTP: the stylesheets, icon and script a page links
 * come from versioned URLs that it may keep for a long time, compressed when they are text, and without a
 * session; the page and the API are never stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StaticAssetsTests {

    private static final long ONE_DAY = 86_400;

    private static final LocalIdentityProvider provider = LocalIdentityProvider.start(0);

    private static final FakeAws aws = FakeAws.start(0);

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void signInThroughLocalProvider(DynamicPropertyRegistry registry) {
        provider.applicationProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("inventory.endpoint-override", aws::endpoint);
    }

    @AfterAll
    static void stop() {
        provider.close();
        aws.close();
    }

    @Test
    void shouldServeWhatAPageLinksFromVersionedUrlsThatBrowsersMayKeepForADayAtLeast() {
        List<String> assets = CachingBrowser.assets(viewerGet("/images").text());

        assertThat(assets).as("bootstrap, app.css, the icon, htmx, facets.js").hasSize(5);
        assertThat(assets).allSatisfy(asset -> {
            assertThat(asset).as("a hash of its content in the name").matches("/.*-[0-9a-f]{32}\\.(css|svg|js)");
            RawHttp.Response anonymous = RawHttp.get(port, asset, "Accept-Encoding", "gzip");
            assertThat(anonymous.status()).as(asset + " without a session").isEqualTo(200);
            assertThat(anonymous.maxAge()).as(asset).isGreaterThanOrEqualTo(ONE_DAY);
            assertThat(anonymous.headerValues("Cache-Control")).as(asset).noneMatch(value -> value.contains("no-store"));
            assertThat(anonymous.reusable()).as(asset).isTrue();
        });
        assertThat(assets).anySatisfy(asset -> assertThat(asset).startsWith("/assets/css/app-"))
                .anySatisfy(asset -> assertThat(asset).startsWith("/webjars/htmx.org/2.0.7/"));
    }

    @Test
    void shouldCompressEveryTextAssetOverOneKilobyte() {
        List<String> assets = CachingBrowser.assets(viewerGet("/images").text());

        assertThat(assets).allSatisfy(asset -> {
            RawHttp.Response plain = RawHttp.get(port, asset);
            RawHttp.Response gzip = RawHttp.get(port, asset, "Accept-Encoding", "gzip");
            String type = plain.header("Content-Type").orElseThrow();
            if (type.startsWith("text/") || type.startsWith("image/svg+xml")) {
                if (plain.body().length > 1024) {
                    assertThat(gzip.header("Content-Encoding")).as(asset).hasValue("gzip");
                    assertThat(gzip.body().length).as(asset).isLessThan(plain.body().length);
                    assertThat(gzip.text()).as(asset).isEqualTo(plain.text());
                }
            }
        });
        assertThat(assets.stream().filter(asset -> asset.contains("/htmx")))
                .as("htmx, sent as text/javascript").singleElement()
                .satisfies(script -> assertThat(RawHttp.get(port, script, "Accept-Encoding", "gzip")
                        .header("Content-Encoding")).hasValue("gzip"));
    }

    @Test
    void shouldNeverStoreThePagesTheApiOrAMissingFile() {
        assertThat(viewerGet("/images").headerValues("Cache-Control")).anyMatch(value -> value.contains("no-store"));
        assertThat(viewerGet("/api/images").headerValues("Cache-Control")).anyMatch(value -> value.contains("no-store"));
        RawHttp.Response missing = RawHttp.get(port, "/assets/css/missing.css");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.reusable()).isFalse();
    }

    @Test
    void shouldDownloadThePageAloneOnTheNextNavigation() {
        CachingBrowser browser = new CachingBrowser(port, viewerCookie());

        CachingBrowser.Navigation first = browser.navigate("/images");
        CachingBrowser.Navigation next = browser.navigate("/changes");
        CachingBrowser.Navigation again = browser.navigate("/images");

        assertThat(first.page().status()).isEqualTo(200);
        assertThat(first.downloaded()).hasSize(5);
        assertThat(next.page().status()).isEqualTo(200);
        assertThat(next.downloaded()).isEmpty();
        assertThat(again.downloaded()).isEmpty();
        assertThat(again.wireBytes()).isEqualTo(again.page().wireBytes());
    }

    private RawHttp.Response viewerGet(String target) {
        RawHttp.Response response = RawHttp.get(port, target, "Accept-Encoding", "gzip", "Cookie", viewerCookie());
        assertThat(response.status()).as(target).isEqualTo(200);
        return response;
    }

    private String viewerCookie() {
        BrowserSession viewer = new BrowserSession();
        URI app = URI.create("http://localhost:" + port);
        viewer.signIn(app.resolve("/images"), "viewer", "viewer");
        return "JSESSIONID=" + viewer.cookie(app, "JSESSIONID");
    }

}
