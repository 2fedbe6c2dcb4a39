package io.imageinventory.inventory;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/**
 * Which region a partition's global services answer in. A role in {@code aws-cn} or
 * {@code aws-us-gov} can only be assumed through that partition's STS, and its organisation listed
 * through that partition's Organizations endpoint: the commercial ones do not know it.
 */
final class Partitions {

    /** Where STS is asked when no configured region lies in the partition. */
    private static final Map<String, Region> DEFAULT_STS_REGIONS = Map.of(
            "aws", Region.US_EAST_1,
            "aws-cn", Region.CN_NORTH_1,
            "aws-us-gov", Region.US_GOV_WEST_1);

    private Partitions() {
    }

    /** The partition a region belongs to, such as {@code aws-cn} for {@code cn-north-1}. */
    static String of(Region region) {
        return PartitionMetadata.of(region).id();
    }

    /** STS for a partition: the first configured region in it, or the partition's usual one. */
    static Region stsRegion(String partition, List<Region> configured) {
        return configured.stream()
                .filter(region -> of(region).equals(partition))
                .findFirst()
                .orElseGet(() -> DEFAULT_STS_REGIONS.getOrDefault(partition, configured.get(0)));
    }

    /**
     * Organizations has one endpoint a partition, named by the SDK's pseudo-region
     * {@code <partition>-global} ({@code aws-global}, {@code aws-cn-global}, {@code aws-us-gov-global}).
     */
    static Region organizationsRegion(String partition) {
        return Region.of(partition + "-global");
    }

}
