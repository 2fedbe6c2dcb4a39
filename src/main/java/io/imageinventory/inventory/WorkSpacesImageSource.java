package io.imageinventory.inventory;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;
import software.amazon.awssdk.services.workspaces.model.ImageType;

/**
 * Lists a source's images with {@code DescribeWorkspaceImages}: owned, then shared, every page.
 */
final class WorkSpacesImageSource implements ImageSource {

    /** The API's maximum page size; it rejects more. */
    static final int PAGE_SIZE = 25;

    private static final List<ImageType> TYPES = List.of(ImageType.OWNED, ImageType.SHARED);

    private final SourceKey key;

    private final String accountName;

    private final WorkSpacesClient workspaces;

    WorkSpacesImageSource(SourceKey key, String accountName, WorkSpacesClient workspaces) {
        this.key = key;
        this.accountName = accountName;
        this.workspaces = workspaces;
    }

    @Override
    public SourceKey key() {
        return key;
    }

    @Override
    public String accountName() {
        return accountName;
    }

    @Override
    public List<ImageRow> fetchImages() {
        List<ImageRow> rows = new ArrayList<>();
        for (ImageType type : TYPES) {
            rows.addAll(Pages.fetchAll(
                    token -> workspaces.describeWorkspaceImages(request -> request
                            .imageType(type)
                            .maxResults(PAGE_SIZE)
                            .nextToken(token)),
                    page -> page.images().stream().map(image -> ImageRows.from(image, key, type.toString())).toList(),
                    DescribeWorkspaceImagesResponse::nextToken));
        }
        return rows;
    }

}
