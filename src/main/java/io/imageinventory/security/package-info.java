/**
 * Sign-in through OpenID Connect, groups mapped to roles, and the HTTP security rules.
 */
@NullMarked
package io.imageinventory.security;

import org.jspecify.annotations.NullMarked;
