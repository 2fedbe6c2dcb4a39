package io.imageinventory.web;

/**
 * Markup that Thymeleaf rendered, and so escaped, earlier: the only text {@link RenderedMarkupDialect}
 * writes into a page as it is.
 *
 * @param html the markup
 */
record RenderedMarkup(String html) {
}
