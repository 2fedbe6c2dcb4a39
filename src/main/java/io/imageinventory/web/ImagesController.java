package io.imageinventory.web;

import java.time.Instant;
import java.util.Map;

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

/**
 * The inventory page and the page of one image.
 */
@Controller
class ImagesController {

    private final InventoryStore store;

    private final InventoryRefresher refresher;

    private final InventoryProperties properties;

    ImagesController(InventoryStore store, InventoryRefresher refresher, InventoryProperties properties) {
        this.store = store;
        this.refresher = refresher;
        this.properties = properties;
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
    String images(@RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
            Model model, HttpServletResponse response) {
        ImagesQuery query = ImagesQuery.parse(parameters);
        InventorySnapshot snapshot = store.snapshot();
        model.addAttribute("images", ImagesPage.of(query, snapshot));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (htmx && !historyRestore) {
            return "images :: results";
        }
        model.addAttribute("freshness", Freshness.of(snapshot, refresher.refreshing(), properties.refreshInterval(),
                Instant.now()));
        return "images";
    }

    @GetMapping(ImagesQuery.PATH + "/{accountId}/{region}/{imageId}")
    String image(@PathVariable String accountId, @PathVariable String region, @PathVariable String imageId,
            Model model) {
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
        model.addAttribute("sourceLastSuccess", DisplayTime.of(source.lastSuccess()));
        return "image";
    }

}
