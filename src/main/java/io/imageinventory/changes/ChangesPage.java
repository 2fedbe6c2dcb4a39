package io.imageinventory.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.imageinventory.images.AccountLabels;
import io.imageinventory.images.ActiveFilter;
import io.imageinventory.images.FacetOption;
import io.imageinventory.images.FacetView;
import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.SourceKey;
import io.imageinventory.inventory.SourceState;

/**
 * Everything the change timeline shows for one query: the newest matching changes, the filters with
 * their counts and links, and whether anything was recorded at all.
 *
 * @param query the filters
 * @param rows the newest matches, at most {@link #MAX_ROWS}
 * @param total how many changes match
 * @param recorded how many changes are kept in all, whatever the filters
 * @param facets the filters with the count of each value under the other filters
 * @param activeFilters the filters in force, each with the link that removes it
 * @param clearHref the timeline without filters
 */
record ChangesPage(ChangesQuery query, List<ChangeView> rows, int total, int recorded, List<FacetView> facets,
        List<ActiveFilter> activeFilters, String clearHref) {

    /** A page of a few hundred rows stays quick to render and read; the API gives every change. */
    static final int MAX_ROWS = 500;

    static ChangesPage of(ChangesQuery query, List<ImageChange> changes, InventorySnapshot snapshot) {
        AccountLabels accounts = AccountLabels.of(snapshot);
        Map<SourceKey, Set<String>> imageIds = new HashMap<>();
        List<ImageChange> matches = query.apply(changes);
        List<ChangeView> rows = matches.stream()
                .limit(MAX_ROWS)
                .map(change -> ChangeView.of(change, accounts,
                        imageIds.computeIfAbsent(new SourceKey(change.accountId(), change.region()),
                                source -> imageIdsOf(snapshot, source)).contains(change.imageId())))
                .toList();
        return new ChangesPage(query, rows, matches.size(), changes.size(),
                facets(query, changes, snapshot, accounts), activeFilters(query, accounts),
                ChangesQuery.NONE.href());
    }

    public boolean truncated() {
        return total > rows.size();
    }

    /** The ids of the source's images, for the sources the rows shown name: not every image of the inventory. */
    private static Set<String> imageIdsOf(InventorySnapshot snapshot, SourceKey key) {
        SourceState source = snapshot.source(key);
        Set<String> ids = new HashSet<>();
        if (source != null) {
            source.images().forEach(image -> ids.add(image.imageId()));
        }
        return ids;
    }

    private static List<FacetView> facets(ChangesQuery query, List<ImageChange> changes, InventorySnapshot snapshot,
            AccountLabels accounts) {
        List<FacetView> facets = new ArrayList<>();
        for (ChangeFilter filter : ChangeFilter.values()) {
            Map<String, Integer> counts = new HashMap<>();
            for (ImageChange change : changes) {
                if (query.matchesAllBut(filter, change)) {
                    counts.merge(filter.valueOf(change), 1, Integer::sum);
                }
            }
            Set<String> values = new LinkedHashSet<>();
            Set<String> seen = new TreeSet<>(counts.keySet());
            seen.addAll(query.selected(filter));
            switch (filter) {
                case KIND -> {
                    for (ChangeKind kind : ChangeKind.values()) {
                        values.add(kind.name());
                    }
                }
                case ACCOUNT -> snapshot.sources().forEach(source -> seen.add(source.key().accountId()));
                case REGION -> snapshot.sources().forEach(source -> seen.add(source.key().region()));
            }
            values.addAll(seen);
            List<FacetOption> options = values.stream()
                    .map(value -> new FacetOption(value, label(filter, value, accounts),
                            counts.getOrDefault(value, 0), query.selected(filter).contains(value),
                            query.toggle(filter, value).href()))
                    .toList();
            facets.add(new FacetView(filter.parameter(), filter.label(), options));
        }
        return facets;
    }

    private static List<ActiveFilter> activeFilters(ChangesQuery query, AccountLabels accounts) {
        List<ActiveFilter> filters = new ArrayList<>();
        for (ChangeFilter filter : ChangeFilter.values()) {
            for (String value : query.selected(filter)) {
                filters.add(new ActiveFilter(filter.label(), label(filter, value, accounts),
                        query.toggle(filter, value).href()));
            }
        }
        return filters;
    }

    private static String label(ChangeFilter filter, String value, AccountLabels accounts) {
        return switch (filter) {
            case KIND -> ChangeView.label(ChangeKind.valueOf(value));
            case ACCOUNT -> accounts.label(value);
            case REGION -> value;
        };
    }

    /**
     * One change as the timeline shows it.
     *
     * @param change what the log recorded
     * @param kindLabel what happened, in words
     * @param accountLabel the account's name and id
     * @param inInventory whether the image is still in the inventory, so that it has a page to link to
     * @param from the value before, in words
     * @param to the value after, in words
     */
    record ChangeView(ImageChange change, String kindLabel, String accountLabel, boolean inInventory, String from,
            String to) {

        static ChangeView of(ImageChange change, AccountLabels accounts, boolean inInventory) {
            // Error codes are the only values whose absence means something: the image had no errors.
            String none = change.kind() == ChangeKind.ERROR_DETAILS_CHANGED ? "no errors" : "—";
            return new ChangeView(change, label(change.kind()), accounts.label(change.accountId()),
                    inInventory, change.from() == null ? none : change.from(), change.to() == null ? none : change.to());
        }

        static String label(ChangeKind kind) {
            return switch (kind) {
                case ADDED -> "Added";
                case REMOVED -> "Removed";
                case STATE_CHANGED -> "State changed";
                case ERROR_DETAILS_CHANGED -> "Errors changed";
                case UPDATE_AVAILABLE -> "Update available";
            };
        }

        /** Whether the image went into state ERROR with this change, so the row is marked like ERROR images. */
        public boolean toError() {
            return (change.kind() == ChangeKind.STATE_CHANGED || change.kind() == ChangeKind.ADDED)
                    && "ERROR".equals(change.to());
        }

    }

}
