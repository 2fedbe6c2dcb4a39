/**
 * The deployment files ({@code Dockerfile}, {@code deploy/kubernetes}) checked against the application
 * they deploy.
 */
package io.imageinventory.deploy;
