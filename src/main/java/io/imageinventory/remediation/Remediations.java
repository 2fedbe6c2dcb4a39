package io.imageinventory.remediation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The remediation for each WorkSpaces image {@code ErrorDetails} code, and for the legacy top-level
 * error of older images. The texts for the codes live in {@code remediation/error-codes.properties}
 * so that they can be edited without touching code; the file is read once, and a malformed file
 * stops the class from loading rather than showing a half-filled catalog.
 */
public final class Remediations {

    private static final String RESOURCE = "remediation/error-codes.properties";

    private static final URI TROUBLESHOOTING =
            URI.create("https://docs.aws.amazon.com/workspaces/latest/adminguide/windows-images-common-errors.html");

    private static final Map<String, Remediation> CATALOG = load();

    private static final Remediation LEGACY_ERROR = new Remediation(
            "A legacy error, the form WorkSpaces reported errors in before error details existed: its code is "
                    + "free text, not one of the documented error detail codes, so there is no advice specific to it.",
            "Read its message for what failed. Create the image again (from its WorkSpace, or import it again): "
                    + "a new attempt reports error details, each with its own advice. Then delete this image, which "
                    + "no bundle can use. If the message says nothing you can act on, ask AWS Support.",
            TROUBLESHOOTING);

    private Remediations() {
    }

    /**
     * Returns the remediation for an error code as the API spells it (case-sensitive), or an honest
     * fallback when the code is absent or not in the catalog, for example one newer than this tool.
     */
    public static Remediation forCode(@Nullable String errorCode) {
        Remediation remediation = (errorCode != null) ? CATALOG.get(errorCode) : null;
        return (remediation != null) ? remediation : fallback(errorCode);
    }

    /**
     * Returns the advice for the top-level {@code ErrorCode}/{@code ErrorMessage} of older ERROR images.
     * That code is never looked up in the catalog: it is a free string from before {@code ErrorDetails}
     * existed, so even one spelled like a detail code would get advice that is not about it.
     */
    public static Remediation forLegacyError() {
        return LEGACY_ERROR;
    }

    static Set<String> documentedCodes() {
        return CATALOG.keySet();
    }

    private static Remediation fallback(@Nullable String errorCode) {
        if (errorCode == null || errorCode.isBlank()) {
            return new Remediation(
                    "WorkSpaces reported this error without an error code, so there is no specific advice for it.",
                    "Read the error message shown with it, then compare it with the common image errors and their "
                            + "solutions in the WorkSpaces documentation.",
                    TROUBLESHOOTING);
        }
        return new Remediation(
                "The error code " + errorCode + " is not documented yet or is newer than this tool, so there is no "
                        + "specific advice for it.",
                "Read the error message that came with " + errorCode + ", then look the code up in the WorkSpaces "
                        + "documentation of common image errors and in the API reference for ErrorDetails.",
                TROUBLESHOOTING);
    }

    private static Map<String, Remediation> load() {
        Properties texts = new Properties();
        try (InputStream in = Remediations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot read " + RESOURCE, ex);
        }
        Map<String, Map<String, String>> fieldsByCode = new HashMap<>();
        for (String key : texts.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            String field = key.substring(dot + 1);
            if (dot <= 0 || !Set.of("cause", "fix", "link").contains(field)) {
                throw new IllegalStateException(RESOURCE + ": key '" + key + "' is not <code>.cause, .fix or .link");
            }
            fieldsByCode.computeIfAbsent(key.substring(0, dot), code -> new HashMap<>())
                    .put(field, texts.getProperty(key).strip());
        }
        Map<String, Remediation> catalog = new HashMap<>();
        fieldsByCode.forEach((code, fields) -> catalog.put(code, remediation(code, fields)));
        return Map.copyOf(catalog);
    }

    private static Remediation remediation(String code, Map<String, String> fields) {
        URI link = URI.create(required(code, fields, "link"));
        if (!"https".equals(link.getScheme()) || link.getHost() == null) {
            throw new IllegalStateException(RESOURCE + ": " + code + ".link is not an https URL: " + link);
        }
        return new Remediation(required(code, fields, "cause"), required(code, fields, "fix"), link);
    }

    private static String required(String code, Map<String, String> fields, String field) {
        String value = fields.get(field);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": " + code + "." + field + " is missing or empty");
        }
        return value;
    }

}
