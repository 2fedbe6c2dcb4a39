package io.imageinventory.images;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.imageinventory.inventory.ImageRow;
import org.jspecify.annotations.Nullable;

/**
 * Images as CSV (RFC 4180), one row each under a header with the JSON field names. A cell that a
 * spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return) gets
 * a leading single quote, because image names and error messages come from outside.
 */
final class CsvFormat {

    static final List<String> HEADER = List.of("imageId", "name", "description", "operatingSystem", "state",
            "requiredTenancy", "created", "ownerAccountId", "imageType", "accountId", "region", "errorCode",
            "errorMessage", "errorDetails", "updateAvailable", "updateDescription");

    private static final String LINE_END = "\r\n";

    private CsvFormat() {
    }

    static void write(List<ImageRow> images, Writer out) throws IOException {
        row(HEADER, out);
        for (ImageRow image : images) {
            row(cells(image), out);
        }
        out.flush();
    }

    private static List<@Nullable String> cells(ImageRow image) {
        return Arrays.asList(image.imageId(), image.name(), image.description(), image.operatingSystem(),
                image.state(), image.requiredTenancy(), image.created() == null ? null : image.created().toString(),
                image.ownerAccountId(), image.imageType(), image.accountId(), image.region(), image.errorCode(),
                image.errorMessage(), errorDetails(image),
                image.updateAvailable() == null ? null : image.updateAvailable().toString(),
                image.updateDescription());
    }

    /** Every entry of the error details in one cell: {@code Code: message; Code2: message2}. */
    private static @Nullable String errorDetails(ImageRow image) {
        if (image.errorDetails().isEmpty()) {
            return null;
        }
        return image.errorDetails().stream()
                .map(error -> (error.errorCode() == null ? "" : error.errorCode())
                        + (error.errorMessage() == null ? "" : ": " + error.errorMessage()))
                .collect(Collectors.joining("; "));
    }

    private static void row(List<? extends @Nullable String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write(LINE_END);
    }

    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = isFormulaStart(value.charAt(0)) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean isFormulaStart(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

}
