package io.imageinventory.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether the signed-in person is an admin, who may refresh and reads errors whole, as a plain value for
 * every page's buttons; their name comes from {@link DisplayNameAdvice}.
 */
@ControllerAdvice
class SignedInUserAdvice {

    @ModelAttribute("isAdmin")
    boolean isAdmin(HttpServletRequest request) {
        return request.isUserInRole(GroupRoles.ADMIN);
    }

}
