package io.imageinventory.images;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.imageinventory.catalog.Facet;
import io.imageinventory.catalog.ImageSearch;
import io.imageinventory.catalog.ImageSort;
import io.imageinventory.inventory.ImageRow;
import io.imageinventory.inventory.InventorySnapshot;
import org.jspecify.annotations.Nullable;

/**
 * Everything the inventory page shows for one query: one page of rows, the facets with their counts
 * and links, the sort links, the page links and the active filters.
 */
record ImagesPage(ImagesQuery query, List<ImageView> rows, int total, int from, int to, int page, int pages,
        List<FacetView> facets, Map<String, SortLink> sorts, List<PageLink> pageLinks, @Nullable String previous,
        @Nullable String next, List<ActiveFilter> activeFilters, String clearHref, String searchText,
        List<ImagesQuery.Parameter> hiddenParameters, String csvHref) {

    /** Page links shown either side of the current page. */
    private static final int PAGE_WINDOW = 2;

    static ImagesPage of(ImagesQuery query, ImagesSnapshot images) {
        InventorySnapshot snapshot = images.snapshot();
        AccountLabels accounts = AccountLabels.of(snapshot);
        ImageSearch.Result result = images.search().search(query.filter());
        List<ImageRow> matches = result.matches();
        int total = matches.size();
        int pages = Math.max(1, (total + query.size() - 1) / query.size());
        int page = Math.min(query.page(), pages);
        ImagesQuery shown = query.onPage(page);
        int from = Math.min(total, (page - 1) * query.size());
        int to = Math.min(total, from + query.size());
        List<ImageView> rows = query.sort().apply(matches).subList(from, to).stream()
                .map(image -> new ImageView(image, accounts.name(image.accountId())))
                .toList();
        return new ImagesPage(shown, rows, total, total == 0 ? 0 : from + 1, to, page, pages,
                facets(shown, result, snapshot, accounts), sorts(shown), pageLinks(shown, pages),
                page > 1 ? shown.onPage(page - 1).href() : null,
                page < pages ? shown.onPage(page + 1).href() : null,
                activeFilters(shown, accounts), shown.withoutFilters().href(),
                shown.filter().text().isEmpty() ? "" : shown.filter().text().get(0),
                hiddenParameters(shown), shown.csvHref());
    }

    private static List<FacetView> facets(ImagesQuery query, ImageSearch.Result result, InventorySnapshot snapshot,
            AccountLabels accounts) {
        List<FacetView> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Set<String> values = new LinkedHashSet<>();
            Set<String> seen = new TreeSet<>(result.counts().get(facet).keySet());
            seen.addAll(query.filter().selected(facet));
            if (facet == Facet.ACCOUNT) {
                snapshot.sources().forEach(source -> seen.add(source.key().accountId()));
            }
            if (facet == Facet.REGION) {
                snapshot.sources().forEach(source -> seen.add(source.key().region()));
            }
            values.addAll(facet.knownValues());
            values.addAll(seen);
            List<FacetOption> options = values.stream()
                    .map(value -> option(query, facet, value, result.count(facet, value), accounts))
                    .toList();
            facets.add(new FacetView(facet.parameter(), facet.label(), options));
        }
        return facets;
    }

    private static Map<String, SortLink> sorts(ImagesQuery query) {
        Map<String, SortLink> sorts = new LinkedHashMap<>();
        for (ImageSort.Field field : ImageSort.Field.values()) {
            ImageSort current = query.sort();
            boolean active = current.field() == field;
            // A first click sorts dates newest first and names and states from A.
            ImageSort next = active ? current.reversed() : new ImageSort(field, field == ImageSort.Field.CREATED);
            String ariaSort = !active ? null : current.descending() ? "descending" : "ascending";
            sorts.put(field.parameterValue(), new SortLink(field.label(), query.sortedBy(next).href(), ariaSort,
                    next.descending() ? "newest or Z first" : "oldest or A first"));
        }
        return sorts;
    }

    private static List<PageLink> pageLinks(ImagesQuery query, int pages) {
        List<PageLink> links = new ArrayList<>();
        int first = Math.max(1, query.page() - PAGE_WINDOW);
        int last = Math.min(pages, query.page() + PAGE_WINDOW);
        if (first > 1) {
            links.add(new PageLink(1, query.onPage(1).href(), false));
        }
        for (int number = first; number <= last; number++) {
            links.add(new PageLink(number, query.onPage(number).href(), number == query.page()));
        }
        if (last < pages) {
            links.add(new PageLink(pages, query.onPage(pages).href(), false));
        }
        return links;
    }

    private static List<ActiveFilter> activeFilters(ImagesQuery query, AccountLabels accounts) {
        List<ActiveFilter> filters = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            for (String value : query.filter().selected(facet)) {
                filters.add(new ActiveFilter(facet.label(), label(facet, value, accounts),
                        query.toggle(facet, value).href()));
            }
        }
        for (String term : query.filter().text()) {
            filters.add(new ActiveFilter("Text", "“" + term + "”", query.withoutText(term).href()));
        }
        return filters;
    }

    private static List<ImagesQuery.Parameter> hiddenParameters(ImagesQuery query) {
        List<ImagesQuery.Parameter> hidden = new ArrayList<>(query.hiddenFormParameters());
        query.filter().text().stream().skip(1).forEach(term -> hidden.add(new ImagesQuery.Parameter("q", term)));
        return hidden;
    }

    /**
     * A value of a facet: how many images have it given the other filters, and the link that toggles it.
     * Values the filter does not accept (a state newer than this page, a missing field) are counted but
     * have no link.
     */
    private static FacetOption option(ImagesQuery query, Facet facet, String value, int count, AccountLabels accounts) {
        boolean filterable = facet.knownValues().isEmpty() ? !value.equals(ImageSearch.NOT_SET)
                : facet.knownValues().contains(value);
        return new FacetOption(value, label(facet, value, accounts), count, query.filter().isSelected(facet, value),
                filterable ? query.toggle(facet, value).href() : null);
    }

    private static String label(Facet facet, String value, AccountLabels accounts) {
        if (value.equals(ImageSearch.NOT_SET)) {
            return "not set";
        }
        if (facet == Facet.ACCOUNT) {
            return accounts.label(value);
        }
        if (facet == Facet.BUNDLED) {
            return value.toLowerCase(Locale.ROOT);
        }
        return value;
    }

    /**
     * A sortable column's header link.
     *
     * @param label the column
     * @param href the URL that sorts by it (or reverses it when it is the current order)
     * @param ariaSort {@code ascending} or {@code descending} for the current order, else null
     * @param nextOrder what following the link does, for screen readers
     */
    record SortLink(String label, String href, @Nullable String ariaSort, String nextOrder) {
    }

    record PageLink(int number, String href, boolean current) {
    }

}
