package io.imageinventory.api;

import java.util.Map;

import io.imageinventory.changes.ChangesDocument;
import io.imageinventory.changes.ImageChange;
import io.imageinventory.errors.ApiProblem;
import io.imageinventory.images.ImageDocument;
import io.imageinventory.images.ImagesDocument;
import io.imageinventory.inventory.BundleRef;
import io.imageinventory.inventory.ImageError;
import io.imageinventory.remediation.Remediation;
import io.imageinventory.status.StatusDocument;

import static java.util.Map.entry;

/**
 * What each JSON document of the API and each of its fields means, keyed by the record that Jackson
 * writes it from: every component of these records is a field of the JSON. Kept here rather than as
 * annotations on the records, some of which belong to the domain ({@link ImageError}, {@link ImageChange}).
 */
final class ApiFields {

    /** Every record that an {@code /api/**} answer is made of. */
    static final Map<Class<? extends Record>, Described> DOCUMENTS = Map.ofEntries(
            entry(ImagesDocument.class, new Described(
                    "The images that match the filters: every match, unpaged, newest first.", Map.of(
                            "total", "How many images match: the length of `images`.",
                            "images", "The matching images, newest first (by `created`)."))),
            entry(ImageDocument.class, new Described("""
                    One image as one account sees it in one region: the fields of WorkSpaces' \
                    `DescribeWorkspaceImages` and where it was seen. A shared image seen from two accounts is two \
                    images. Values newer than this application (a new state, a new error code) are passed on \
                    verbatim.""", Map.ofEntries(
                    entry("imageId", "The image's id, such as `wsi-0123456789`."),
                    entry("name", "The image's name; `null` when it has none."),
                    entry("description", "The image's description; `null` when it has none."),
                    entry("operatingSystem", "The operating system type: `WINDOWS` or `LINUX`; `null` for older "
                            + "images that do not say."),
                    entry("state", "`AVAILABLE`, `PENDING` or `ERROR`."),
                    entry("requiredTenancy", "`DEFAULT`, or `DEDICATED` for images that need dedicated hardware "
                            + "(bring your own licence)."),
                    entry("created", "When the image was created."),
                    entry("ownerAccountId", "The account that owns the image; `null` when AWS does not say (older "
                            + "images)."),
                    entry("imageType", "`OWNED`: one of the account's own images; `SHARED`: shared with the account "
                            + "by another one."),
                    entry("accountId", "The account whose credentials listed the image (12 digits)."),
                    entry("region", "The region it was listed in, such as `us-east-1`."),
                    entry("errorCode", "The top-level error code of an `ERROR` image, which older images carry "
                            + "instead of `errorDetails`; `null` when there is none."),
                    entry("errorMessage", "The top-level error message; `null` when there is none."),
                    entry("errorDetails", "Each error of an `ERROR` image (AWS's `ErrorDetails`) with how to fix "
                            + "it; `[]` when there are none."),
                    entry("updateAvailable", "Whether AWS offers an update of the image; `null` when AWS does not "
                            + "say."),
                    entry("updateDescription", "What the update brings; `null` when AWS does not say."),
                    entry("sharedWith", "For an owned image, the account ids it is shared with (`[]` when none). "
                            + "`null` while not yet known, as it is asked in the background after a refresh, and "
                            + "for shared images."),
                    entry("bundles", "The account's own bundles that are built on the image (`[]` when none); "
                            + "`null` while unknown, when they could not be listed.")))),
            entry(ImageError.class, new Described("One error of an `ERROR` image, with how to fix it.", Map.of(
                    "errorCode", "The error code as AWS gives it, such as `DomainJoined`, also when it is newer "
                            + "than this application; `null` when AWS gives none.",
                    "errorMessage", "The error message as AWS gives it; `null` when AWS gives none.",
                    "remediation", "Why this error happens and how to fix it."))),
            entry(Remediation.class, new Described("How to fix one image error.", Map.of(
                    "cause", "Why the error happens.",
                    "fix", "What to do about it.",
                    "documentation", "The AWS documentation page that explains it."))),
            entry(BundleRef.class, new Described("A bundle of the account's own that is built on the image.", Map.of(
                    "bundleId", "The bundle's id, such as `wsb-0123456789`.",
                    "name", "The bundle's name; `null` when it has none.",
                    "state", "`AVAILABLE`, `PENDING` or `ERROR` as AWS gives it (newer values verbatim); `null` when "
                            + "AWS gives none.",
                    "computeType", "The bundle's compute type, such as `STANDARD`; `null` when AWS gives none.",
                    "lastUpdated", "When the bundle last changed, for example to a new image (ISO-8601); `null` "
                            + "when AWS gives none.",
                    "workspaces", "How many WorkSpaces run on the bundle; `null` while unknown (counted at most "
                            + "once an hour)."))),
            entry(StatusDocument.class, new Described("""
                    Whether a refresh runs, and how each source last went. Errors are whole for admins; viewers \
                    get what failed, without the details that name principals and request ids.""", Map.of(
                    "refreshing", "Whether a refresh is running now.",
                    "lastSuccess", "The latest time any source was read successfully; `null` when none has been "
                            + "yet.",
                    "sourcesError", "Why the latest refresh could not list its sources (no region, no credentials, "
                            + "the organisation's accounts not listed), so that `sources` are those listed before, "
                            + "or none; `null` when it could.",
                    "sources", "Every source (an account in a region), ordered by account and region."))),
            entry(StatusDocument.SourceStatus.class, new Described("""
                    One source: an account in a region. A source whose refresh fails keeps its last good images \
                    and says why in `lastError`.""", Map.of(
                    "accountId", "The account (12 digits).",
                    "accountName", "The account's display name (`inventory.accounts[i].name`), or its id.",
                    "region", "The region, such as `us-east-1`.",
                    "imageCount", "How many images the source's last successful refresh found.",
                    "lastAttempt", "When the source's latest refresh started.",
                    "lastSuccess", "When the source's latest successful refresh started; `null` when none has "
                            + "succeeded yet.",
                    "lastError", "Why the source's latest refresh failed; `null` when it succeeded."))),
            entry(ChangesDocument.class, new Described(
                    "The changes that match the filters, newest first.", Map.of(
                            "changes", "The matching changes, newest first."))),
            entry(ImageChange.class, new Described("""
                    One change to one image, as one account saw it in one region, found by comparing a source's \
                    refresh with the one before.""", Map.of(
                    "time", "When the refresh that found the change started.",
                    "accountId", "The account that saw the change (12 digits).",
                    "region", "The region, such as `us-east-1`.",
                    "imageId", "The image's id.",
                    "name", "The image's name; `null` when it has none.",
                    "kind", "What happened: `ADDED`, `REMOVED`, `STATE_CHANGED`, `ERROR_DETAILS_CHANGED` (its "
                            + "error codes changed) or `UPDATE_AVAILABLE` (AWS now offers an update).",
                    "from", "The value before: the state for `REMOVED` and `STATE_CHANGED`, the error codes "
                            + "(comma-separated) for `ERROR_DETAILS_CHANGED`; otherwise, or when there were none, "
                            + "`null`.",
                    "to", "The value after: the state for `ADDED` and `STATE_CHANGED`, the error codes for "
                            + "`ERROR_DETAILS_CHANGED`, the update's description for `UPDATE_AVAILABLE`; otherwise, "
                            + "or when there are none, `null`."))),
            entry(ApiProblem.class, new Described("""
                    What went wrong, as problem details (RFC 9457, `application/problem+json`) with the `error` \
                    field that scripts of this API read.""", Map.of(
                    "type", "Always `about:blank`: the status says what kind of problem it is.",
                    "title", "The status's reason phrase, such as `Bad Request`.",
                    "status", "The HTTP status, as in the answer's status line.",
                    "detail", "What was wrong, in words meant for people: for a bad filter, the parameter and its "
                            + "valid values.",
                    "instance", "The path that was asked for.",
                    "error", "The same as `detail`."))));

    private ApiFields() {
    }

    /**
     * @param description what the document as a whole is
     * @param fields what each field means, by its JSON name
     */
    record Described(String description, Map<String, String> fields) {
    }

}
