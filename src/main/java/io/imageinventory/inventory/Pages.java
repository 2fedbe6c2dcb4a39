package io.imageinventory.inventory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The one paging loop for AWS list calls that have no SDK paginator ({@code DescribeWorkspaceImages},
 * {@code DescribeWorkspaceImagePermissions}): fetch, follow {@code NextToken} until it is absent or
 * empty, and never fetch a page twice.
 */
final class Pages {

    private Pages() {
    }

    /**
     * @param fetchPage fetches the page for a token ({@code null} for the first page)
     * @param items the items of a page
     * @param nextToken the token of the page after, if any
     * @return the items of every page, in order
     */
    static <P, T> List<T> fetchAll(Function<@Nullable String, P> fetchPage, Function<P, List<T>> items,
            Function<P, @Nullable String> nextToken) {
        List<T> all = new ArrayList<>();
        Set<String> seenTokens = new HashSet<>();
        String token = null;
        do {
            P page = fetchPage.apply(token);
            all.addAll(items.apply(page));
            token = nextToken.apply(page);
            if (token != null && token.isEmpty()) {
                token = null;
            }
            if (token != null && !seenTokens.add(token)) {
                throw new IllegalStateException("The API returned the same NextToken twice; stopped rather than loop");
            }
        }
        while (token != null);
        return all;
    }

}
