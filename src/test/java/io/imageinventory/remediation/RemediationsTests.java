package io.imageinventory.remediation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImageErrorDetailCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog against the error codes that the AWS SDK knows: every documented code has its own
 * advice, and anything else gets an honest fallback.
 */
class RemediationsTests {

    private static final String COMMON_ERRORS =
            "https://docs.aws.amazon.com/workspaces/latest/adminguide/windows-images-common-errors.html";

    private static final Set<String> SDK_CODES = WorkspaceImageErrorDetailCode.knownValues()
            .stream()
            .map(WorkspaceImageErrorDetailCode::toString)
            .collect(Collectors.toSet());

    @Test
    void shouldDocumentExactlyTheFortyEightCodesTheSdkKnows() {
        assertThat(SDK_CODES).hasSize(48);
        assertThat(Remediations.documentedCodes()).containsExactlyInAnyOrderElementsOf(SDK_CODES);
    }

    @Test
    void shouldGiveEveryKnownCodeItsOwnCauseFixAndAwsLink() {
        for (String code : SDK_CODES) {
            Remediation remediation = Remediations.forCode(code);
            assertThat(remediation.cause()).as(code).isNotBlank().doesNotContain("not documented yet");
            assertThat(remediation.fix()).as(code).isNotBlank();
            assertThat(remediation.documentation().getScheme()).as(code).isEqualTo("https");
            assertThat(remediation.documentation().getHost()).as(code).isEqualTo("docs.aws.amazon.com");
            assertThat(remediation.documentation().getPath()).as(code).startsWith("/workspaces/latest/");
        }
    }

    @Test
    void shouldNeverRepeatACauseOrAFixAcrossCodes() {
        List<Remediation> remediations = SDK_CODES.stream().map(Remediations::forCode).toList();
        assertThat(remediations).extracting(Remediation::cause).doesNotHaveDuplicates();
        assertThat(remediations).extracting(Remediation::fix).doesNotHaveDuplicates();
    }

    @Test
    void shouldKeepEveryCauseAndFixShortEnoughToReadUnderAnError() {
        for (String code : SDK_CODES) {
            Remediation remediation = Remediations.forCode(code);
            assertThat(remediation.cause()).as(code).hasSizeLessThanOrEqualTo(200);
            assertThat(remediation.fix()).as(code).hasSizeLessThanOrEqualTo(300);
        }
    }

    @Test
    void shouldKeepBackslashesInWindowsPaths() {
        assertThat(Remediations.forCode("AutoLogonEnabled").fix())
                .contains("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon");
    }

    @Test
    void shouldFallBackForAnUnknownCodeAndNameIt() {
        Remediation remediation = Remediations.forCode("BrandNewCode");

        assertThat(remediation.cause()).contains("BrandNewCode").contains("not documented yet");
        assertThat(remediation.fix()).contains("BrandNewCode");
        assertThat(remediation.documentation()).hasToString(COMMON_ERRORS);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void shouldFallBackWhenTheCodeIsMissing(String errorCode) {
        Remediation remediation = Remediations.forCode(errorCode);

        assertThat(remediation.cause()).contains("without an error code");
        assertThat(remediation.documentation()).hasToString(COMMON_ERRORS);
    }

    @Test
    void shouldAdviseOnTheLegacyErrorAsALegacyErrorWithinTheSameLimits() {
        Remediation legacy = Remediations.forLegacyError();

        assertThat(legacy.cause()).contains("legacy error", "before error details existed")
                .doesNotContain("not documented yet").hasSizeLessThanOrEqualTo(200);
        assertThat(legacy.fix()).contains("Create the image again").hasSizeLessThanOrEqualTo(300);
        assertThat(legacy.documentation()).hasToString(COMMON_ERRORS);
    }

    @Test
    void shouldMatchCodesExactlyAsTheApiSpellsThem() {
        assertThat(Remediations.forCode("officeinstalled").cause()).contains("not documented yet");
        assertThat(Remediations.forCode("OfficeInstalled").cause()).contains("Microsoft Office");
    }

}
