/**
 * What the people who run the dashboard, and Kubernetes, watch: metrics for Prometheus, the health of the
 * sources, and the liveness and readiness probes.
 */
@NullMarked
package io.imageinventory.operations;

import org.jspecify.annotations.NullMarked;
