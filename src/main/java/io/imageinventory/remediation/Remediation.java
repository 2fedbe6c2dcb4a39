package io.imageinventory.remediation;

import java.net.URI;

/**
 * How to fix one image error: why it happens, what to do, and the AWS page that explains it.
 */
public record Remediation(String cause, String fix, URI documentation) {
}
