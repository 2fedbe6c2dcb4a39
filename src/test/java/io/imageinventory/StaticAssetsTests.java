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
 * are compressed when they are text.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StaticAssetsTests {

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
        assertThat(assets.stream().filter(asset -> asset.endsWith(".js")))
                .as("htmx, sent as text/javascript").singleElement()
                .satisfies(script -> assertThat(RawHttp.get(port, script, "Accept-Encoding", "gzip")
                        .header("Content-Encoding")).hasValue("gzip"));
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
