package io.imageinventory.inventory;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PagesTests {

    @Test
    void shouldStopAtAnEmptyToken() {
        Map<String, Page> pages = Map.of("", new Page(List.of(1, 2), "a"), "a", new Page(List.of(3), ""));

        List<Integer> items = Pages.fetchAll(token -> pages.get(token == null ? "" : token), Page::items, Page::next);

        assertThat(items).containsExactly(1, 2, 3);
    }

    @Test
    void shouldRefuseToFetchAPageTwiceWhenTheApiRepeatsAToken() {
        Map<String, Page> pages = Map.of("", new Page(List.of(1), "a"), "a", new Page(List.of(2), "a"));

        assertThatIllegalStateException()
                .isThrownBy(() -> Pages.fetchAll(token -> pages.get(token == null ? "" : token), Page::items, Page::next))
                .withMessageContaining("same NextToken twice");
    }

    private record Page(List<Integer> items, String next) {
    }

}
