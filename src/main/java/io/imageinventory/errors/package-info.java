/**
 * What an error looks like: Boot's error handling, with this application's page and, under {@code /api/},
 * problem details that keep the contract's {@code error} field; never the container's page, a stack trace
 * or the server's version; also for requests the container rejects before the application sees them.
 */
@NullMarked
package io.imageinventory.errors;

import org.jspecify.annotations.NullMarked;
