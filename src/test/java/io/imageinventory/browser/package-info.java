/**
 * Browser tests: the product as people use it, through Debian's headless Chromium, signing in on the
 * local identity provider's form. They also write the screenshots in {@code docs/}.
 */
package io.imageinventory.browser;
