package io.imageinventory.hygiene;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.imageinventory.hygiene.DeletionBlocker.Kind;
import io.imageinventory.inventory.BundleRef;
import io.imageinventory.inventory.ImageRow;
import org.junit.jupiter.api.Test;

import static io.imageinventory.inventory.InventoryFixtures.image;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Age, deletion blockers and trust of one image, by the rules of the hygiene issue.
 */
class ImageHygieneTests {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static final Duration NINETY_DAYS = Duration.ofDays(90);

    private static final Set<String> TRUSTED = Set.of("111122223333", "222233334444");

    @Test
    void shouldCountTheAgeInWholeDaysAndCallItStaleBeyondTheMaximum() {
        ImageHygiene fresh = hygiene(image("wsi-fresh").created("2026-09-02T13:00:00Z").build());
        ImageHygiene stale = hygiene(image("wsi-stale").created("2026-09-01T11:00:00Z").build());
        ImageHygiene undated = hygiene(image("wsi-undated").created((Instant) null).build());

        assertThat(fresh.ageDays()).isEqualTo(89);
        assertThat(fresh.stale()).isFalse();
        assertThat(stale.ageDays()).isEqualTo(91);
        assertThat(stale.stale()).isTrue();
        assertThat(undated.ageDays()).isNull();
        assertThat(undated.stale()).isFalse();
    }

    @Test
    void shouldListWhatBlocksDeletingAnOwnedImage() {
        ImageRow blocked = image("wsi-blocked").state("PENDING").build()
                .withBundles(List.of(new BundleRef("wsb-1", "One"))).withSharedWith(List.of("222233334444"));

        ImageHygiene hygiene = hygiene(blocked);

        assertThat(hygiene.deletionBlockers()).containsExactly(new DeletionBlocker(Kind.STATE, "PENDING"),
                new DeletionBlocker(Kind.BUNDLE, "wsb-1"), new DeletionBlocker(Kind.SHARED, "222233334444"));
        assertThat(hygiene.deletable()).isFalse();
    }

    @Test
    void shouldCallAnOwnedImageDeletableOnlyWhenNothingBlocksItAsFarAsIsKnown() {
        ImageRow free = image("wsi-free").build().withBundles(List.of()).withSharedWith(List.of());
        ImageRow sharingUnknown = image("wsi-unknown").build().withBundles(List.of());
        ImageRow sharedIn = image("wsi-theirs").sharedBy("999988887777").build().withBundles(List.of());

        assertThat(hygiene(free).deletable()).isTrue();
        assertThat(hygiene(free).deletionBlockers()).isEmpty();
        assertThat(hygiene(sharingUnknown).deletable()).isFalse();
        assertThat(hygiene(sharedIn).deletable()).isFalse();
        assertThat(hygiene(sharedIn).deletionBlockers()).isEmpty();
    }

    @Test
    void shouldFlagSharingWithAndImagesFromAccountsThatAreNotTrusted() {
        ImageRow sharedOut = image("wsi-out").build().withSharedWith(List.of("222233334444", "999988887777"));
        ImageRow fromOutside = image("wsi-in").sharedBy("999988887777").build();
        ImageRow fromInside = image("wsi-ok").sharedBy("222233334444").build();

        assertThat(hygiene(sharedOut).untrustedAccounts()).containsExactly("999988887777");
        assertThat(hygiene(fromOutside).untrustedAccounts()).containsExactly("999988887777");
        assertThat(hygiene(fromInside).untrusted()).isFalse();
    }

    private static ImageHygiene hygiene(ImageRow image) {
        return ImageHygiene.of(image, NOW, NINETY_DAYS, TRUSTED);
    }

}
