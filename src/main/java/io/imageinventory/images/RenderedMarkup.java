package io.imageinventory.images;

/**
 * Markup that Thymeleaf rendered, and so escaped, earlier: the only text {@link RenderedMarkupDialect}
 * writes into a page as it is.
 *
 * @param html the markup, in ASCII
 */
record RenderedMarkup(String html) {

    /**
     * Keeps the markup in ASCII, every other character as the numeric character reference that means the
     * same in HTML: each response encodes it again, and the UTF-8 encoder's fast path takes only ASCII
     * (on the rest, encoding the results cost a tenth of a page's time).
     */
    static RenderedMarkup of(String html) {
        StringBuilder ascii = new StringBuilder(html.length() + 256);
        html.codePoints().forEach(point -> {
            if (point < 0x80) {
                ascii.append((char) point);
            }
            else {
                ascii.append("&#").append(point).append(';');
            }
        });
        return new RenderedMarkup(ascii.toString());
    }

}
