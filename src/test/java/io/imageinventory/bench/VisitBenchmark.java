package io.imageinventory.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import io.imageinventory.dev.BrowserSession;
import io.imageinventory.dev.CachingBrowser;
import io.imageinventory.dev.DemoData;
import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.LocalIdentityProvider;

import static org.awaitility.Awaitility.await;

/**
 * The bytes a viewer's browser downloads for {@code /images} with the demo data: on a first visit, the page
 * and everything it links; on the next navigation, what its cache cannot give. Counted on the wire
 * (headers included, compressed as served to a browser that accepts gzip), against the packaged jar.
 */
final class VisitBenchmark {

    private VisitBenchmark() {
    }

    static List<BenchmarkResult> run() {
        try (FakeAws aws = DemoData.seed(FakeAws.start(0)); LocalIdentityProvider provider = LocalIdentityProvider.start(0)) {
            List<String> arguments = List.of("--inventory.regions=" + String.join(",", DemoData.REGIONS),
                    "--inventory.accounts[0].role-arn=" + DemoData.PRODUCTION_ROLE,
                    "--inventory.accounts[0].name=Production", "--logging.level.io.imageinventory=WARN");
            try (PackagedApp app = PackagedApp.start(PackagedApp.jar(), aws, provider, List.of(), arguments)) {
                URI base = URI.create(app.base());
                BrowserSession viewer = new BrowserSession();
                viewer.signIn(base.resolve("/images"), "viewer", "viewer");
                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                        .until(() -> !viewer.get(base.resolve("/api/status")).body().contains("\"lastSuccess\":null"));
                CachingBrowser browser = new CachingBrowser(base.getPort(),
                        "JSESSIONID=" + viewer.cookie(base, "JSESSIONID"));
                CachingBrowser.Navigation first = browser.navigate("/images");
                CachingBrowser.Navigation repeat = browser.navigate("/images");
                return List.of(new BenchmarkResult("A second navigation to /images downloads the page alone",
                        repeat.wireBytes(), repeat.page().wireBytes(), "bytes", true,
                        "first visit " + first.wireBytes() + " bytes: " + sizes(first) + "; the next: "
                                + sizes(repeat) + "; viewer, demo data, Accept-Encoding: gzip"));
            }
        }
    }

    private static String sizes(CachingBrowser.Navigation navigation) {
        String assets = navigation.downloaded().entrySet().stream()
                .map(asset -> asset.getKey().replaceAll(".*/", "") + " " + asset.getValue().wireBytes()
                        + asset.getValue().header("Content-Encoding").map(encoding -> " " + encoding).orElse(""))
                .collect(Collectors.joining(", "));
        return "page " + navigation.page().wireBytes() + (assets.isEmpty() ? "" : ", " + assets);
    }

}
