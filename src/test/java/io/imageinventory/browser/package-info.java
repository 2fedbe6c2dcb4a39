/**
 * Browser tests: the product as people use it, through Debian's headless Chromium, signing in on the
 * local identity provider's form. Their screenshots go to {@code target/screenshots/}, and the README's also to
 * {@code docs/} with {@code -Ddocs.screenshots=docs}.
 */
package io.imageinventory.browser;
