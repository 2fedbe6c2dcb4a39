package io.imageinventory.images;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.imageinventory.inventory.ErrorText;
import io.imageinventory.inventory.ImageRow;
import io.imageinventory.inventory.InventoryProperties;
import io.imageinventory.inventory.InventoryRefresher;
import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.SourceState;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The inventory page and the page of one image.
 */
@Controller
class ImagesController {

    /** The role whose members read errors whole; see {@link ErrorText#shown}. */
    static final String ADMIN = "ADMIN";

    private final LatestImages images;

    private final InventoryRefresher refresher;

    private final InventoryProperties properties;

    private final ITemplateEngine templates;

    private final Clock clock;

    ImagesController(LatestImages images, InventoryRefresher refresher, InventoryProperties properties,
            ITemplateEngine templates, Clock clock) {
        this.images = images;
        this.refresher = refresher;
        this.properties = properties;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * The whole page, or for htmx just the results (facets, table, pages) that its links replace. A
     * history restore asks for the whole page again. The results are the snapshot's, rendered once per
     * view; the page around them is rendered for each request, with its own user and CSRF token.
     */
    @GetMapping(ImagesQuery.PATH)
    String images(@RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        ImagesQuery query = ImagesQuery.parse(parameters);
        ImagesSnapshot latest = images.latest();
        model.addAttribute("results",
                latest.results(query, () -> render(ImagesPage.of(query, latest), request, response)));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (htmx && !historyRestore) {
            return "images :: results";
        }
        model.addAttribute("freshness", Freshness.of(latest.snapshot(), refresher.refreshing(),
                properties.refreshInterval(), clock.instant(), request.isUserInRole(ADMIN)));
        return "images";
    }

    /**
     * The results fragment alone, with nothing of this request but what links are built from (the
     * context path): no model, no user, no CSRF token, so that everyone can be served the same markup.
     */
    private RenderedMarkup render(ImagesPage page, HttpServletRequest request, HttpServletResponse response) {
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response),
                RequestContextUtils.getLocale(request), Map.of("images", page));
        return RenderedMarkup.of(templates.process("fragments/results", Set.of("results"), context));
    }

    @GetMapping(ImagesQuery.PATH + "/{accountId}/{region}/{imageId}")
    String image(@PathVariable String accountId, @PathVariable String region, @PathVariable String imageId,
            Model model, HttpServletRequest request) {
        InventorySnapshot snapshot = images.latest().snapshot();
        SourceState source = snapshot.sources().stream()
                .filter(candidate -> candidate.key().accountId().equals(accountId)
                        && candidate.key().region().equals(region))
                .findFirst()
                .orElseThrow(() -> new ImageNotFoundException(accountId, region, imageId));
        ImageRow image = source.images().stream()
                .filter(candidate -> candidate.imageId().equals(imageId))
                .findFirst()
                .orElseThrow(() -> new ImageNotFoundException(accountId, region, imageId));
        AccountLabels accounts = AccountLabels.of(snapshot);
        model.addAttribute("image", new ImageView(image, source.accountName()));
        model.addAttribute("sharedWith", image.sharedWith() == null ? null
                : image.sharedWith().stream().map(accounts::label).toList());
        model.addAttribute("owner", image.ownerAccountId() == null ? null
                : accounts.label(image.ownerAccountId()));
        model.addAttribute("source", source);
        model.addAttribute("sourceError", ErrorText.shown(source.lastError(), request.isUserInRole(ADMIN)));
        return "image";
    }

}
