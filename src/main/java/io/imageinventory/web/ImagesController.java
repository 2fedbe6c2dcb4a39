package io.imageinventory.web;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.imageinventory.inventory.ImageRow;
import io.imageinventory.inventory.InventoryProperties;
import io.imageinventory.inventory.InventoryRefresher;
import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.InventoryStore;
import io.imageinventory.inventory.SourceState;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The inventory page and the page of one image.
 */
@Controller
class ImagesController {

    /** The role whose members see errors whole; see {@link StatusDocument#shown}. */
    static final String ADMIN = "ADMIN";

    private final InventoryStore store;

    private final InventoryRefresher refresher;

    private final InventoryProperties properties;

    private final ThymeleafViewResolver views;

    private final Clock clock;

    private final ImagesResults results;

    private final PageShells shells = new PageShells();

    ImagesController(InventoryStore store, InventoryRefresher refresher, InventoryProperties properties,
            ThymeleafViewResolver views, Clock clock) {
        this.store = store;
        this.refresher = refresher;
        this.properties = properties;
        this.views = views;
        this.clock = clock;
        this.results = new ImagesResults(views);
    }

    @GetMapping("/")
    String home() {
        return "redirect:" + ImagesQuery.PATH;
    }

    /**
     * The whole page, or for htmx just the results (facets, table, pages) that its links replace. A
     * history restore asks for the whole page again.
     */
    @GetMapping(ImagesQuery.PATH)
    View images(@RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        ImagesQuery query = ImagesQuery.parse(parameters);
        InventorySnapshot snapshot = store.snapshot();
        byte[] html = results.html(query, snapshot, request, response);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (htmx && !historyRestore) {
            return ImagesPageView.resultsOnly(html);
        }
        model.addAttribute("freshness", Freshness.of(snapshot, refresher.refreshing(), properties.refreshInterval(),
                clock.instant(), request.isUserInRole(ADMIN)));
        return new ImagesPageView(RenderedText.view(views, "images", request), shells, html);
    }

    @GetMapping(ImagesQuery.PATH + "/{accountId}/{region}/{imageId}")
    String image(@PathVariable String accountId, @PathVariable String region, @PathVariable String imageId,
            Model model, HttpServletRequest request) {
        InventorySnapshot snapshot = store.snapshot();
        SourceState source = snapshot.sources().stream()
                .filter(candidate -> candidate.key().accountId().equals(accountId)
                        && candidate.key().region().equals(region))
                .findFirst()
                .orElseThrow(() -> new ImageNotFoundException(accountId, region, imageId));
        ImageRow image = source.images().stream()
                .filter(candidate -> candidate.imageId().equals(imageId))
                .findFirst()
                .orElseThrow(() -> new ImageNotFoundException(accountId, region, imageId));
        Map<String, String> accountNames = ImagesPage.accountNames(snapshot);
        model.addAttribute("image", ImageView.of(image, source.accountName()));
        model.addAttribute("sharedWith", image.sharedWith() == null ? null
                : image.sharedWith().stream().map(account -> ImagesPage.accountLabel(account, accountNames)).toList());
        model.addAttribute("owner", image.ownerAccountId() == null ? null
                : ImagesPage.accountLabel(image.ownerAccountId(), accountNames));
        model.addAttribute("source", source);
        model.addAttribute("sourceError", StatusDocument.shown(source.lastError(), request.isUserInRole(ADMIN)));
        model.addAttribute("sourceLastSuccess", DisplayTime.of(source.lastSuccess()));
        return "image";
    }

}
