package io.imageinventory.changes;

import java.util.List;

import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.FakeError;
import io.imageinventory.dev.FakeImage;
import io.imageinventory.inventory.TestInventory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.imageinventory.dev.FakeAws.DEFAULT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A sequence of real refreshes against the fake yields exactly the changes made between them.
 */
class ChangeLogTests {

    private final FakeAws aws = FakeAws.start(0);

    private final ChangeLog changeLog = new ChangeLog(new ChangesProperties(3));

    private final TestInventory inventory = new TestInventory(TestInventory.properties(aws.endpoint(),
            List.of("us-east-1"), List.of(), true, null, 2), List.of(changeLog));

    @AfterEach
    void stop() {
        inventory.close();
        aws.close();
    }

    @Test
    void shouldKeepOnlyTheNewestChangesUpToTheHistorySize() {
        owned(FakeImage.available("wsi-stays", DEFAULT_ACCOUNT).state("PENDING"),
                FakeImage.available("wsi-goes", DEFAULT_ACCOUNT),
                FakeImage.available("wsi-breaks", DEFAULT_ACCOUNT).errorDetail("DomainJoined", "Joined"));
        inventory.refresh();
        assertThat(changeLog.changes()).as("a first load records nothing").isEmpty();

        owned(FakeImage.available("wsi-stays", DEFAULT_ACCOUNT).updateAvailable("Agent 2.1"),
                FakeImage.available("wsi-breaks", DEFAULT_ACCOUNT).errorDetail("DomainJoined", "Joined")
                        .errorDetail("FirewallEnabled", "On"),
                FakeImage.available("wsi-new", DEFAULT_ACCOUNT).state("PENDING"));
        inventory.refresh();

        assertThat(changeLog.changes()).as("5 changes happened, 3 are kept").hasSize(3);
    }

    @Test
    void shouldListEachKindWithFromAndToNewestFirst() {
        ChangeLog roomy = new ChangeLog(new ChangesProperties(100));
        try (TestInventory watched = new TestInventory(TestInventory.properties(aws.endpoint(), List.of("us-east-1"),
                List.of(), true, null, 2), List.of(roomy))) {
            owned(FakeImage.available("wsi-stays", DEFAULT_ACCOUNT).state("PENDING"),
                    FakeImage.available("wsi-goes", DEFAULT_ACCOUNT),
                    FakeImage.available("wsi-breaks", DEFAULT_ACCOUNT).errorDetail("DomainJoined", "Joined"));
            watched.refresh();
            owned(FakeImage.available("wsi-stays", DEFAULT_ACCOUNT).updateAvailable("Agent 2.1"),
                    FakeImage.available("wsi-breaks", DEFAULT_ACCOUNT).errorDetail("DomainJoined", "Joined")
                            .errorDetail("FirewallEnabled", "On"),
                    FakeImage.available("wsi-new", DEFAULT_ACCOUNT).state("PENDING"));
            watched.refresh();

            assertThat(roomy.changes())
                    .extracting(ImageChange::imageId, ImageChange::kind, ImageChange::from, ImageChange::to)
                    .containsExactlyInAnyOrder(
                            tuple("wsi-stays", ChangeKind.STATE_CHANGED, "PENDING", "AVAILABLE"),
                            tuple("wsi-stays", ChangeKind.UPDATE_AVAILABLE, null, "Agent 2.1"),
                            tuple("wsi-breaks", ChangeKind.ERROR_DETAILS_CHANGED, "DomainJoined",
                                    "DomainJoined, FirewallEnabled"),
                            tuple("wsi-new", ChangeKind.ADDED, null, "PENDING"),
                            tuple("wsi-goes", ChangeKind.REMOVED, "AVAILABLE", null));
            assertThat(roomy.changes()).allSatisfy(change -> {
                assertThat(change.accountId()).isEqualTo(DEFAULT_ACCOUNT);
                assertThat(change.region()).isEqualTo("us-east-1");
                assertThat(change.name()).startsWith("image wsi-");
            });

            aws.deny(DEFAULT_ACCOUNT, "us-east-1", FakeError.ACCESS_DENIED);
            watched.refresh();
            aws.allow(DEFAULT_ACCOUNT, "us-east-1");
            owned(FakeImage.available("wsi-latest", DEFAULT_ACCOUNT));
            watched.refresh();

            assertThat(roomy.changes()).as("a failed refresh records nothing; the next compares with the last good")
                    .hasSize(5 + 4);
            assertThat(roomy.changes().get(0).time()).isAfter(roomy.changes().get(8).time());
            assertThat(roomy.changes().subList(0, 4)).extracting(ImageChange::kind)
                    .containsOnly(ChangeKind.ADDED, ChangeKind.REMOVED);
        }
    }

    private void owned(FakeImage... images) {
        aws.images(DEFAULT_ACCOUNT, "us-east-1", "OWNED", List.of(images));
    }

}
