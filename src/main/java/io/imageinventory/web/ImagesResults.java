package io.imageinventory.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.imageinventory.inventory.InventorySnapshot;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The results part of {@code /images} (search form, filters, facets, table, pages), rendered once per
 * snapshot and view, then served as bytes. Counting the facets over tens of thousands of images and
 * rendering the table costs tens of milliseconds, while most requests ask for a view that was just
 * shown: the default page, the ERROR filter, the same view for the next admin. The markup depends only
 * on the snapshot, the query and the context path, so every user shares it; a new snapshot starts
 * afresh, so nobody sees older data than the snapshot they would otherwise get.
 */
final class ImagesResults {

    static final String VIEW = "fragments/results :: results";

    /** Several hundred views of 50 rows (about 70 KB each at most). */
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final ThymeleafViewResolver views;

    private volatile Rendered rendered = new Rendered(null, newCache());

    ImagesResults(ThymeleafViewResolver views) {
        this.views = views;
    }

    byte[] html(ImagesQuery query, InventorySnapshot snapshot, HttpServletRequest request,
            HttpServletResponse response) {
        Rendered current = rendered;
        if (current.snapshot() != snapshot) {
            current = new Rendered(snapshot, newCache());
            rendered = current;
        }
        return current.views().get(new Key(query, request.getContextPath()),
                key -> render(ImagesPage.of(query, snapshot), request, response));
    }

    private byte[] render(ImagesPage page, HttpServletRequest request, HttpServletResponse response) {
        View view = RenderedText.view(views, VIEW, request);
        return RenderedText.of(view, Map.of("images", page), request, response).getBytes(StandardCharsets.UTF_8);
    }

    private static Cache<Key, byte[]> newCache() {
        return Caffeine.newBuilder().maximumWeight(MAX_BYTES).weigher((Key key, byte[] html) -> html.length).build();
    }

    private record Key(ImagesQuery query, String contextPath) {
    }

    /** Identity, not equality, tells snapshots apart: comparing 40,000 rows would cost more than rendering. */
    private record Rendered(@Nullable InventorySnapshot snapshot, Cache<Key, byte[]> views) {
    }

}
