package io.imageinventory.dev;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.imageinventory.inventory.BundleRef;
import io.imageinventory.inventory.InventoryFixtures;
import io.imageinventory.inventory.InventoryStore;
import io.imageinventory.inventory.SourceState;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.imageinventory.inventory.InventoryFixtures.image;
import static io.imageinventory.inventory.InventoryFixtures.source;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Five images in three sources of two accounts, one of each kind the pages must tell apart, the people
 * who look at them, and helpers that read the page's markup back.
 *
 * <p>Newest first: wsi-broken, wsi-linux, wsi-golden, wsi-shared, wsi-old (no creation date). Bundles use
 * wsi-golden (two) and wsi-linux (one); no bundle uses the others.
 */
public final class SampleInventory {

    public static final String PRODUCTION = "111122223333";

    public static final String STAGING = "444455556666";

    public static final String PARTNER = "999988887777";

    public static final List<String> NEWEST_FIRST = List.of("wsi-broken", "wsi-linux", "wsi-golden", "wsi-shared", "wsi-old");

    private static final Pattern IMAGE_ID = Pattern.compile("data-image-id=\"([^\"]+)\"");

    private SampleInventory() {
    }

    public static void fill(InventoryStore store) {
        InventoryFixtures.fill(store, sources());
    }

    public static SourceState[] sources() {
        return new SourceState[] {
                source(PRODUCTION, "Production", "us-east-1",
                        image("wsi-golden").name("Windows 11 golden").created("2026-02-01T10:00:00Z")
                                .updateAvailable("Windows updates for March").build()
                                .withBundles(List.of(new BundleRef("wsb-golden", "Standard Windows 11"),
                                        new BundleRef("wsb-golden-power", null))),
                        image("wsi-old").name(null).description(null).os(null).tenancy(null).created((Instant) null)
                                .error("AccessDenied", "The image could not be read.").build()),
                source(PRODUCTION, "Production", "eu-west-1",
                        image("wsi-broken").name("Broken build").tenancy("DEDICATED").created("2026-03-03T05:06:07Z")
                                .seenFrom(PRODUCTION, "eu-west-1")
                                .error("InternalServiceError", "The image could not be created.")
                                .errorDetail("OutdatedPowershellVersion", "PowerShell 5.1 is needed.")
                                .errorDetail("IncompatiblePartitioning", "The disk layout is not supported.")
                                .build()),
                source(STAGING, "Staging", "us-east-1",
                        image("wsi-linux").name("Ubuntu desktop").description("Developer desktop").os("LINUX")
                                .state("PENDING").created("2026-02-15T08:30:00Z").seenFrom(STAGING, "us-east-1").build()
                                .withBundles(List.of(new BundleRef("wsb-linux", "Developer Ubuntu"))),
                        image("wsi-shared").name("Partner image").tenancy("DEDICATED").created("2025-12-01T00:00:00Z")
                                .seenFrom(STAGING, "us-east-1").sharedBy(PARTNER).build()) };
    }

    /** A viewer signed in, as the security rules see one. */
    public static RequestPostProcessor viewer() {
        return user("viewer").roles("VIEWER");
    }

    /** An admin, who is a viewer too. */
    public static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN", "VIEWER");
    }

    /**
     * What the application said with the error status it sent: MockMvc does not forward to the error page,
     * which shows it (see ErrorHandlingTests).
     */
    public static String errorMessage(MvcTestResult result) {
        return String.valueOf(result.getResponse().getErrorMessage());
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The ids of the table's rows, in order. */
    public static List<String> rowIds(String html) {
        Matcher matcher = IMAGE_ID.matcher(html);
        return matcher.results().map(result -> result.group(1)).toList();
    }

    /** The count shown next to a facet value. */
    public static int facetCount(String html, String facet, String value) {
        Pattern count = Pattern.compile("data-facet=\"" + Pattern.quote(facet) + "\" data-value=\"" + Pattern.quote(value)
                + "\".*?facet-count\">(\\d+)<", Pattern.DOTALL);
        Matcher matcher = count.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No facet value " + facet + "=" + value + " on the page");
        }
        return Integer.parseInt(matcher.group(1));
    }

}
