/**
 * How fresh the inventory is, and refreshing it: {@code /api/status}, and the refresh routes for admins.
 */
@NullMarked
package io.imageinventory.status;

import org.jspecify.annotations.NullMarked;
