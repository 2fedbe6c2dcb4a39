package io.imageinventory.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Browsers ask for {@code /favicon.ico} on pages that name no icon, such as the API's JSON: they get
 * the site's icon rather than a 404 (and a warning in the log) for every such view.
 */
@Controller
class FaviconController {

    @GetMapping("/favicon.ico")
    String favicon() {
        return "redirect:/assets/favicon.svg";
    }

}
