/**
 * Image hygiene: how old each image is, what blocks deleting it, who outside the trusted accounts
 * sees it, and how full each region's image quota is.
 */
@NullMarked
package io.imageinventory.hygiene;

import org.jspecify.annotations.NullMarked;
