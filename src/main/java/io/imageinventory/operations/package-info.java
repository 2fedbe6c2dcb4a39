/**
 * What the people who run the dashboard watch: metrics for Prometheus and the health of the sources.
 */
@NullMarked
package io.imageinventory.operations;

import org.jspecify.annotations.NullMarked;
