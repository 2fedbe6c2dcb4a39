package io.imageinventory.hygiene;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.imageinventory.inventory.BundleRef;
import io.imageinventory.inventory.ImageRow;
import org.jspecify.annotations.Nullable;

/**
 * What one image means for hygiene.
 *
 * @param ageDays whole days since it was created; null when AWS gives no creation time
 * @param stale older than {@code inventory.hygiene.max-image-age}
 * @param deletable an owned image that nothing blocks from being deleted, as far as is known: it wastes
 * quota if nobody needs it. False for shared images, and while its bundles or sharing are unknown.
 * @param deletionBlockers what must change before it can be deleted (owned images only)
 * @param untrustedAccounts for an owned image, the accounts outside the trusted ones it is shared with;
 * for a shared image, its owner when that is not trusted
 */
public record ImageHygiene(@Nullable Long ageDays, boolean stale, boolean deletable,
        List<DeletionBlocker> deletionBlockers, List<String> untrustedAccounts) {

    public ImageHygiene {
        deletionBlockers = List.copyOf(deletionBlockers);
        untrustedAccounts = List.copyOf(untrustedAccounts);
    }

    /**
     * @param image the image
     * @param now the time to measure its age against
     * @param maxAge the age beyond which it is stale
     * @param trusted the accounts it may be shared with or come from without a warning
     */
    public static ImageHygiene of(ImageRow image, Instant now, Duration maxAge, Set<String> trusted) {
        Instant created = image.created();
        Long ageDays = created == null ? null : Math.max(0, Duration.between(created, now).toDays());
        boolean stale = created != null && created.plus(maxAge).isBefore(now);
        List<DeletionBlocker> blockers = image.owned() ? blockers(image) : List.of();
        boolean known = image.bundles() != null && image.sharedWith() != null;
        return new ImageHygiene(ageDays, stale, image.owned() && known && blockers.isEmpty(), blockers,
                untrusted(image, trusted));
    }

    public boolean untrusted() {
        return !untrustedAccounts.isEmpty();
    }

    private static List<DeletionBlocker> blockers(ImageRow image) {
        List<DeletionBlocker> blockers = new ArrayList<>();
        if ("PENDING".equals(image.state())) {
            blockers.add(new DeletionBlocker(DeletionBlocker.Kind.STATE, "PENDING"));
        }
        List<BundleRef> bundles = image.bundles();
        if (bundles != null) {
            bundles.forEach(bundle -> blockers.add(new DeletionBlocker(DeletionBlocker.Kind.BUNDLE, bundle.bundleId())));
        }
        List<String> sharedWith = image.sharedWith();
        if (sharedWith != null) {
            sharedWith.forEach(account -> blockers.add(new DeletionBlocker(DeletionBlocker.Kind.SHARED, account)));
        }
        return blockers;
    }

    private static List<String> untrusted(ImageRow image, Set<String> trusted) {
        if (image.owned()) {
            List<String> sharedWith = image.sharedWith();
            return sharedWith == null ? List.of() : sharedWith.stream().filter(account -> !trusted.contains(account)).toList();
        }
        String owner = image.ownerAccountId();
        return owner == null || trusted.contains(owner) ? List.of() : List.of(owner);
    }

}
