package io.imageinventory.inventory;

import org.jspecify.annotations.Nullable;

/**
 * The errors this inventory records read {@code What failed: the details}, such as
 * {@code AccessDeniedException: User: arn:aws:iam::111122223333:user/demo is not authorized...}. Viewers
 * are told what failed; only admins get the details, which name principals and request ids.
 */
public final class ErrorText {

    private ErrorText() {
    }

    /** What failed, without the details: {@code AccessDeniedException}. */
    public static String summary(String error) {
        int end = error.indexOf(": ");
        return end < 0 ? error : error.substring(0, end);
    }

    /** An error as this reader may read it: whole for admins, what failed for everyone else. */
    public static @Nullable String shown(@Nullable String error, boolean admin) {
        return error == null || admin ? error : summary(error);
    }

}
