/**
 * How to fix an image error: a cause, a fix and a documentation link for every WorkSpaces image
 * {@code ErrorDetails} code.
 */
@NullMarked
package io.imageinventory.remediation;

import org.jspecify.annotations.NullMarked;
