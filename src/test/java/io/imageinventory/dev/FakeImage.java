package io.imageinventory.dev;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WorkSpaces image as {@code DescribeWorkspaceImages} returns it in JSON, built field by field so
 * that tests can leave fields out or give values newer than the SDK.
 */
public final class FakeImage {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private FakeImage(String imageId) {
        fields.put("ImageId", imageId);
    }

    /** An available Windows image with every common field set. */
    public static FakeImage available(String imageId, String ownerAccountId) {
        return new FakeImage(imageId)
                .with("Name", "image " + imageId)
                .with("Description", "Image " + imageId)
                .with("OperatingSystem", Map.of("Type", "WINDOWS"))
                .with("State", "AVAILABLE")
                .with("RequiredTenancy", "DEFAULT")
                .created(Instant.parse("2026-01-01T00:00:00Z"))
                .with("OwnerAccountId", ownerAccountId);
    }

    /** Only the id: what a very old image may carry. */
    public static FakeImage bare(String imageId) {
        return new FakeImage(imageId);
    }

    public FakeImage with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public FakeImage without(String field) {
        fields.remove(field);
        return this;
    }

    public FakeImage name(String name) {
        return with("Name", name);
    }

    public FakeImage state(String state) {
        return with("State", state);
    }

    public FakeImage os(String type) {
        return with("OperatingSystem", Map.of("Type", type));
    }

    public FakeImage tenancy(String tenancy) {
        return with("RequiredTenancy", tenancy);
    }

    /** The wire format of timestamps in JSON 1.1: seconds since the epoch. */
    public FakeImage created(Instant created) {
        return with("Created", created.getEpochSecond() + created.getNano() / 1e9);
    }

    /** The legacy top-level error of older ERROR images. */
    public FakeImage error(String code, String message) {
        return state("ERROR").with("ErrorCode", code).with("ErrorMessage", message);
    }

    @SuppressWarnings("unchecked")
    public FakeImage errorDetail(String code, String message) {
        List<Object> details = (List<Object>) fields.computeIfAbsent("ErrorDetails", key -> new ArrayList<>());
        details.add(Map.of("ErrorCode", code, "ErrorMessage", message));
        return state("ERROR");
    }

    public FakeImage updateAvailable(String description) {
        return with("Updates", Map.of("UpdateAvailable", true, "Description", description));
    }

    public String imageId() {
        return (String) fields.get("ImageId");
    }

    Map<String, Object> toJson() {
        return new LinkedHashMap<>(fields);
    }

}
