package io.imageinventory.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.Assert;

/**
 * A rendered page cut at its holes, kept as bytes: one hole for the results and one wherever the CSRF
 * token goes, so that a response is the parts written with this request's token and results between
 * them.
 */
final class PageShell {

    private final List<byte[]> parts;

    private final List<Hole> holes;

    private PageShell(List<byte[]> parts, List<Hole> holes) {
        this.parts = parts;
        this.holes = holes;
    }

    /**
     * Cuts the page at every {@code tokenMark} and at its single {@code resultsMark}.
     */
    static PageShell cut(String html, String resultsMark, String tokenMark) {
        List<byte[]> parts = new ArrayList<>();
        List<Hole> holes = new ArrayList<>();
        int start = 0;
        while (true) {
            int results = html.indexOf(resultsMark, start);
            int token = html.indexOf(tokenMark, start);
            if (results < 0 && token < 0) {
                break;
            }
            boolean resultsFirst = token < 0 || (results >= 0 && results < token);
            int hole = resultsFirst ? results : token;
            parts.add(html.substring(start, hole).getBytes(StandardCharsets.UTF_8));
            holes.add(resultsFirst ? Hole.RESULTS : Hole.TOKEN);
            start = hole + (resultsFirst ? resultsMark : tokenMark).length();
        }
        parts.add(html.substring(start).getBytes(StandardCharsets.UTF_8));
        Assert.state(holes.stream().filter(Hole.RESULTS::equals).count() == 1, "A page has one place for its results");
        return new PageShell(List.copyOf(parts), List.copyOf(holes));
    }

    int length(byte[] token, byte[] results) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        for (Hole hole : holes) {
            length += (hole == Hole.RESULTS ? results : token).length;
        }
        return length;
    }

    void write(OutputStream body, byte[] token, byte[] results) throws IOException {
        for (int i = 0; i < holes.size(); i++) {
            body.write(parts.get(i));
            body.write(holes.get(i) == Hole.RESULTS ? results : token);
        }
        body.write(parts.get(holes.size()));
    }

    private enum Hole {

        RESULTS, TOKEN

    }

}
