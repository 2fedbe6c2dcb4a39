package io.imageinventory.security;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page a signed-in person sees when they may not do something: who they are (named by
 * {@link DisplayNameAdvice}), which groups would let them, and the groups their sign-in carried (so an
 * admin can tell a missing membership from a provider that sends no groups claim). Every method is
 * mapped because a denied POST is forwarded here. It enables its settings itself so that any
 * {@code @WebMvcTest}, which scans every controller but no configuration properties, can still start.
 */
@Controller
@EnableConfigurationProperties(InventorySecurityProperties.class)
class ForbiddenController {

    private final InventorySecurityProperties properties;

    private final GroupRoles roles;

    ForbiddenController(InventorySecurityProperties properties) {
        this.properties = properties;
        this.roles = new GroupRoles(properties);
    }

    @RequestMapping(SecurityConfiguration.FORBIDDEN_PAGE)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(@Nullable Authentication authentication, HttpServletRequest request, Model model) {
        model.addAttribute("reason", reason(authentication, request));
        if (authentication != null) {
            Map<String, Object> claims = DisplayNames.claimsOf(authentication);
            model.addAttribute("email", claims.get("email"));
            model.addAttribute("groups", roles.groupsIn(claims));
        }
        Set<String> viewerGroups = new LinkedHashSet<>(properties.viewerGroups());
        viewerGroups.addAll(properties.adminGroups());
        model.addAttribute("viewerGroups", viewerGroups);
        model.addAttribute("adminGroups", properties.adminGroups());
        return "forbidden";
    }

    private static String reason(@Nullable Authentication authentication, HttpServletRequest request) {
        if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
            return "expired-form";
        }
        if (authentication == null) {
            return "signed-out";
        }
        boolean viewer = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + GroupRoles.VIEWER)::equals);
        return viewer ? "not-admin" : "not-viewer";
    }

}
