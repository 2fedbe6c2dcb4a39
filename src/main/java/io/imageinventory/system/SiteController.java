package io.imageinventory.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site's own addresses, outside every feature: its front door, which is the inventory, and the icon
 * that browsers ask for at {@code /favicon.ico} on pages that name none, such as the API's JSON (they
 * would get a 404, and a warning in the log, for every such view).
 */
@Controller
class SiteController {

    @GetMapping("/")
    String home() {
        return "redirect:/images";
    }

    @GetMapping("/favicon.ico")
    String favicon() {
        return "redirect:/assets/favicon.svg";
    }

}
