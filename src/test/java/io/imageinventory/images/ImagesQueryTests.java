package io.imageinventory.images;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.imageinventory.catalog.Facet;
import io.imageinventory.catalog.InvalidQueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a view of the table is read from and written back into: the filters (see ImageSearchTests), the
 * order, the page and its size.
 */
class ImagesQueryTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sort=size  | sort | created, -created, name, -name, state, -state
            page=0     | page | a whole number from 1
            page=two   | page | a whole number from 1
            size=501   | size | a whole number from 1 to 500
            size=0     | size | a whole number from 1 to 500
            os=beos    | os   | WINDOWS, LINUX
            """)
    void shouldRefuseAnUnknownValueNamingTheParameterAndTheValidValues(String query, String parameter, String valid) {
        assertThatExceptionOfType(InvalidQueryException.class).isThrownBy(() -> parse(query))
                .satisfies(ex -> assertThat(ex.parameter()).isEqualTo(parameter))
                .withMessageEndingWith("for parameter “" + parameter + "”. Valid values: " + valid + ".");
    }

    @Test
    void shouldDefaultToTheFirstPageOfFiftyNewestFirst() {
        ImagesQuery query = parse("");

        assertThat(query.page()).isEqualTo(1);
        assertThat(query.size()).isEqualTo(ImagesQuery.DEFAULT_SIZE);
        assertThat(query.sort().isDefault()).isTrue();
        assertThat(query.href()).isEqualTo("/images");
    }

    @Test
    void shouldWriteOnlyWhatDiffersFromTheDefaultsWithEachValueEncodedWhole() {
        ImagesQuery query = parse("state=error&q=c%2B%2B&q=two%20words&sort=name&size=20&page=3");

        assertThat(query.href()).isEqualTo("/images?state=ERROR&q=c%2B%2B&q=two%20words&sort=name&size=20&page=3");
        assertThat(query.csvHref()).isEqualTo("/images.csv?state=ERROR&q=c%2B%2B&q=two%20words");
        assertThat(query.hiddenFormParameters()).extracting(ImagesQuery.Parameter::name)
                .containsExactly("state", "sort", "size");
    }

    @Test
    void shouldGoBackToTheFirstPageWhenTheFiltersOrTheOrderChange() {
        ImagesQuery third = parse("state=ERROR&page=3");

        assertThat(third.toggle(Facet.OS, "LINUX").href()).isEqualTo("/images?state=ERROR&os=LINUX");
        assertThat(third.toggle(Facet.STATE, "ERROR").href()).isEqualTo("/images");
        assertThat(third.sortedBy(third.sort().reversed()).href()).isEqualTo("/images?state=ERROR&sort=created");
        assertThat(third.onPage(4).href()).isEqualTo("/images?state=ERROR&page=4");
    }

    private static ImagesQuery parse(String query) {
        Map<String, List<String>> parameters = UriComponentsBuilder.fromUriString("/images?" + query).build(true)
                .getQueryParams().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().stream()
                        .map(value -> UriUtils.decode(value, StandardCharsets.UTF_8)).toList()));
        return ImagesQuery.parse(parameters);
    }

}
