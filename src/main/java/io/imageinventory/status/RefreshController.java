package io.imageinventory.status;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import io.imageinventory.inventory.InventoryRefresher;
import io.imageinventory.inventory.InventoryStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Manual refreshes, for admins (the security rules say who may post here). Neither route waits for
 * the refresh: it can take minutes, and its progress shows in the status of each source.
 */
@Controller
class RefreshController {

    /** The role whose members may refresh and read errors whole. */
    static final String ADMIN = "ADMIN";

    private static final Logger log = LoggerFactory.getLogger(RefreshController.class);

    private final InventoryRefresher refresher;

    private final InventoryStore store;

    RefreshController(InventoryRefresher refresher, InventoryStore store) {
        this.refresher = refresher;
        this.store = store;
    }

    /** Back to the view the button was pressed on, filters included, or to the inventory. */
    @PostMapping("/refresh")
    RedirectView refresh(Principal user, @RequestHeader(name = HttpHeaders.REFERER, required = false) @Nullable String referer,
            HttpServletRequest request) {
        start(user);
        RedirectView back = new RedirectView(backTo(referer, request.getServerName()), true);
        back.setStatusCode(HttpStatus.SEE_OTHER);
        return back;
    }

    @PostMapping("/api/refresh")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ResponseBody
    StatusDocument refreshFromApi(Principal user) {
        start(user);
        return StatusDocument.of(store.snapshot(), true, true);
    }

    /** Only one of this application's own pages on this host: never an open redirect. */
    static String backTo(@Nullable String referer, String host) {
        if (referer != null) {
            try {
                URI page = new URI(referer);
                String path = page.getRawPath();
                if (host.equalsIgnoreCase(page.getHost()) && path != null
                        && (path.equals("/images") || path.equals("/changes") || path.startsWith("/images/"))) {
                    return page.getRawQuery() == null ? path : path + "?" + page.getRawQuery();
                }
            }
            catch (URISyntaxException ex) {
                // Not a URI: fall back to the inventory.
            }
        }
        return "/images";
    }

    private void start(Principal user) {
        log.info("Refresh requested by {}", user.getName());
        refresher.refresh();
    }

}
