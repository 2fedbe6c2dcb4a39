package io.imageinventory.images;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.imageinventory.catalog.Facet;
import io.imageinventory.catalog.ImageFilter;
import io.imageinventory.catalog.ImageSort;
import io.imageinventory.catalog.InvalidQueryException;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Everything a view of the table is made of (filters, order, page, page size), read from the URL and
 * written back into links, so that every view can be bookmarked and shared.
 *
 * @param filter which images
 * @param sort in which order
 * @param page the page, from 1
 * @param size rows a page
 */
record ImagesQuery(ImageFilter filter, ImageSort sort, int page, int size) {

    static final String PATH = "/images";

    static final int DEFAULT_SIZE = 50;

    static final int MAX_SIZE = 500;

    static ImagesQuery parse(Map<String, List<String>> parameters) {
        ImageFilter filter = ImageFilter.parse(parameters);
        ImageSort sort = ImageSort.parse(first(parameters, ImageSort.PARAMETER));
        int page = number(parameters, "page", 1, Integer.MAX_VALUE, 1, "a whole number from 1");
        int size = number(parameters, "size", 1, MAX_SIZE, DEFAULT_SIZE, "a whole number from 1 to " + MAX_SIZE);
        return new ImagesQuery(filter, sort, page, size);
    }

    ImagesQuery toggle(Facet facet, String value) {
        return new ImagesQuery(filter.toggle(facet, value), sort, 1, size);
    }

    ImagesQuery withoutText(String term) {
        return new ImagesQuery(filter.withoutText(term), sort, 1, size);
    }

    ImagesQuery withoutFilters() {
        return new ImagesQuery(ImageFilter.NONE, sort, 1, size);
    }

    ImagesQuery sortedBy(ImageSort other) {
        return new ImagesQuery(filter, other, 1, size);
    }

    ImagesQuery onPage(int other) {
        return new ImagesQuery(filter, sort, other, size);
    }

    /** The URL of this view, with only the parameters that differ from the defaults. */
    String href() {
        return url(PATH, parameters(true));
    }

    /** The CSV download of the same filters: every match, so no order or page. */
    String csvHref() {
        List<Parameter> filters = parameters(false).stream()
                .filter(parameter -> !parameter.name().equals(ImageSort.PARAMETER) && !parameter.name().equals("size"))
                .toList();
        return url(PATH + ".csv", filters);
    }

    /**
     * Each value encoded whole, {@code +} included: the container reads a {@code +} in a query as a space,
     * so a search for {@code c++} must come back as {@code c%2B%2B}.
     */
    private static String url(String path, List<Parameter> parameters) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        parameters.forEach(parameter -> url.queryParam(parameter.name(),
                UriUtils.encode(parameter.value(), StandardCharsets.UTF_8)));
        return url.build(true).toUriString();
    }

    /**
     * The parameters a search form must send along so that searching keeps the rest of the view;
     * the text is left out (the form's own field) and so is the page (a new search starts at 1).
     */
    List<Parameter> hiddenFormParameters() {
        return parameters(false).stream()
                .filter(parameter -> !parameter.name().equals(ImageFilter.TEXT_PARAMETER))
                .toList();
    }

    private List<Parameter> parameters(boolean withPage) {
        List<Parameter> parameters = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            for (String value : filter.selected(facet)) {
                parameters.add(new Parameter(facet.parameter(), value));
            }
        }
        for (String term : filter.text()) {
            parameters.add(new Parameter(ImageFilter.TEXT_PARAMETER, term));
        }
        if (!sort.isDefault()) {
            parameters.add(new Parameter(ImageSort.PARAMETER, sort.parameterValue()));
        }
        if (size != DEFAULT_SIZE) {
            parameters.add(new Parameter("size", Integer.toString(size)));
        }
        if (withPage && page != 1) {
            parameters.add(new Parameter("page", Integer.toString(page)));
        }
        return parameters;
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static int number(Map<String, List<String>> parameters, String name, int min, int max,
            int absent, String valid) {
        String raw = first(parameters, name);
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        }
        catch (NumberFormatException ex) {
            // answered below, with the valid values
        }
        throw new InvalidQueryException(name, raw, valid);
    }

    /** A query parameter, for the hidden fields of the search form. */
    record Parameter(String name, String value) {
    }

}
