/**
 * How errors are answered: this application's page, or {@code {"error": "..."}} under {@code /api/}, never
 * the container's page, a stack trace or the server's version; also for requests the container rejects
 * before the application sees them.
 */
@NullMarked
package io.imageinventory.errors;

import org.jspecify.annotations.NullMarked;
