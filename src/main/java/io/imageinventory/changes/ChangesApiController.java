package io.imageinventory.changes;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What changed between refreshes, newest first, as JSON; the same filters as the timeline page.
 */
@RestController
class ChangesApiController {

    private final ChangeLog changeLog;

    ChangesApiController(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    @GetMapping("/api/changes")
    ChangesDocument changes(@RequestParam MultiValueMap<String, String> parameters) {
        return new ChangesDocument(ChangesQuery.parse(parameters).apply(changeLog.changes()));
    }

}
