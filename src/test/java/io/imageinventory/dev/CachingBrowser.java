package io.imageinventory.dev;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Navigations as a browser makes them, as far as bytes are concerned: the page, then every stylesheet,
 * icon and script it links, except those the browser's cache holds from an earlier navigation and may
 * reuse without asking ({@link RawHttp.Response#reusable()}). Asks for gzip, as browsers do, and sends the
 * session cookie it is given.
 */
public final class CachingBrowser {

    /** The {@code href} of every {@code <link>} and the {@code src} of every {@code <script>}. */
    private static final Pattern ASSET = Pattern.compile("<(?:link[^>]*\\shref|script[^>]*\\ssrc)=\"([^\"]+)\"");

    private final int port;

    private final String cookie;

    private final Set<String> cached = new HashSet<>();

    /** @param cookie such as {@code JSESSIONID=...} */
    public CachingBrowser(int port, String cookie) {
        this.port = port;
        this.cookie = cookie;
    }

    public Navigation navigate(String target) {
        RawHttp.Response page = get(target);
        Map<String, RawHttp.Response> downloaded = new LinkedHashMap<>();
        for (String asset : assets(page.text())) {
            if (!cached.contains(asset)) {
                RawHttp.Response response = get(asset);
                downloaded.put(asset, response);
                if (response.reusable()) {
                    cached.add(asset);
                }
            }
        }
        return new Navigation(page, downloaded);
    }

    private RawHttp.Response get(String target) {
        return RawHttp.get(port, target, "Accept-Encoding", "gzip", "Cookie", cookie);
    }

    /** The stylesheets, icons and scripts a page links, in the order it links them. */
    public static List<String> assets(String html) {
        List<String> assets = new ArrayList<>();
        Matcher asset = ASSET.matcher(html);
        while (asset.find()) {
            assets.add(asset.group(1));
        }
        return assets;
    }

    /**
     * @param page the page's answer
     * @param downloaded the answers to what it links that the cache could not give, by URL
     */
    public record Navigation(RawHttp.Response page, Map<String, RawHttp.Response> downloaded) {

        /** The page and what was downloaded for it, as it crossed the wire. */
        public long wireBytes() {
            return page.wireBytes() + downloaded.values().stream().mapToLong(RawHttp.Response::wireBytes).sum();
        }

    }

}
