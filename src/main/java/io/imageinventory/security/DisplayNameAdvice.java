package io.imageinventory.security;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in person's name ({@link DisplayNames}) as {@value #DISPLAY_NAME}, for the
 * header and the 403 page; nothing for a visitor who is not signed in. It enables its settings itself, as
 * {@link ForbiddenController} does, so that any {@code @WebMvcTest} can still start.
 */
@ControllerAdvice
@EnableConfigurationProperties(InventorySecurityProperties.class)
class DisplayNameAdvice {

    static final String DISPLAY_NAME = "displayName";

    private final DisplayNames names;

    DisplayNameAdvice(InventorySecurityProperties properties) {
        this.names = new DisplayNames(properties);
    }

    @ModelAttribute(DISPLAY_NAME)
    @Nullable String displayName(@Nullable Authentication authentication) {
        return authentication == null ? null : names.of(authentication);
    }

}
