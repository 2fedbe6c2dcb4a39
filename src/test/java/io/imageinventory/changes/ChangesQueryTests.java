package io.imageinventory.changes;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.imageinventory.catalog.InvalidQueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The change timeline's filter rules, shared by {@code /changes} and {@code /api/changes}, tested once,
 * here, without Spring.
 */
class ChangesQueryTests {

    private static final String PRODUCTION = "111122223333";

    private static final String STAGING = "444455556666";

    /** Newest first, as the change log keeps them. */
    private final List<ImageChange> changes = List.of(
            change(STAGING, "us-east-1", "wsi-linux", ChangeKind.UPDATE_AVAILABLE),
            change(PRODUCTION, "us-east-1", "wsi-golden", ChangeKind.STATE_CHANGED),
            change(PRODUCTION, "us-east-1", "wsi-golden", ChangeKind.ERROR_DETAILS_CHANGED),
            change(PRODUCTION, "us-east-1", "wsi-new", ChangeKind.ADDED),
            change(PRODUCTION, "us-east-1", "wsi-old", ChangeKind.REMOVED),
            change(PRODUCTION, "eu-west-1", "wsi-broken", ChangeKind.ADDED));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kind=state_changed                               | wsi-golden
            kind=Added&kind=REMOVED                          | wsi-new wsi-old wsi-broken
            kind=error_details_changed                       | wsi-golden
            account=444455556666                             | wsi-linux
            region=EU-WEST-1                                 | wsi-broken
            kind=added&account=111122223333&region=us-east-1 | wsi-new
            account=111122223333&account=444455556666&kind=UPDATE_AVAILABLE | wsi-linux
            """)
    void shouldMatchEachFilterIgnoringCaseWithRepeatsAsAlternativesAndFiltersAllRequired(String query,
            String expected) {
        assertThat(ChangesQuery.parse(parameters(query)).apply(changes)).extracting(ImageChange::imageId)
                .containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kind=renamed   | kind    | ADDED, REMOVED, STATE_CHANGED, ERROR_DETAILS_CHANGED, UPDATE_AVAILABLE
            account=12     | account | a 12-digit AWS account id such as 123456789012
            region=mars    | region  | an AWS region such as us-east-1
            """)
    void shouldRefuseAnUnknownValueNamingTheParameterAndTheValidValues(String query, String parameter, String valid) {
        assertThatExceptionOfType(InvalidQueryException.class).isThrownBy(() -> ChangesQuery.parse(parameters(query)))
                .withMessage("Unknown value “%s” for parameter “%s”. Valid values: %s.", query.split("=")[1], parameter,
                        valid);
    }

    @Test
    void shouldKeepEveryChangeWithoutFiltersAndIgnoreOtherParameters() {
        assertThat(ChangesQuery.parse(parameters("kind=&page=2")).apply(changes)).isSameAs(changes);
    }

    @Test
    void shouldLinkToTheTimelineWithAValueToggled() {
        ChangesQuery query = ChangesQuery.parse(parameters("account=111122223333"));

        assertThat(query.toggle(ChangeFilter.KIND, "ADDED").href()).isEqualTo("/changes?kind=ADDED&account=111122223333");
        assertThat(query.toggle(ChangeFilter.ACCOUNT, PRODUCTION).href()).isEqualTo("/changes");
    }

    private static ImageChange change(String accountId, String region, String imageId, ChangeKind kind) {
        return new ImageChange(Instant.parse("2026-03-01T10:00:00Z"), accountId, region, imageId, null, kind, null, null);
    }

    private static Map<String, List<String>> parameters(String query) {
        return UriComponentsBuilder.fromUriString("/changes?" + query).build().getQueryParams();
    }

}
