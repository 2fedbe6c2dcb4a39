/**
 * The site's own addresses, outside every feature: {@code /} and {@code /favicon.ico}.
 */
@NullMarked
package io.imageinventory.system;

import org.jspecify.annotations.NullMarked;
