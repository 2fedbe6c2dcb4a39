package io.imageinventory.security;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is signed in, as plain values for every page's header and buttons: their name (null when nobody
 * is) and whether they are an admin, who may refresh and reads errors whole.
 */
@ControllerAdvice
class SignedInUserAdvice {

    @ModelAttribute("user")
    @Nullable String user(@Nullable Principal user) {
        return user == null ? null : user.getName();
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin(HttpServletRequest request) {
        return request.isUserInRole(GroupRoles.ADMIN);
    }

}
