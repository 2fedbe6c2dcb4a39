package io.imageinventory.browser;

/**
 * The windows every page must fit without scrolling sideways: a phone's (an iPhone's 390 × 844 CSS
 * pixels) and a laptop's.
 */
enum Screen {

    PHONE(390, 844), LAPTOP(1280, 800);

    private final int width;

    private final int height;

    Screen(int width, int height) {
        this.width = width;
        this.height = height;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

}
