package io.imageinventory.web;

import java.util.List;

import io.imageinventory.changes.ChangeLog;
import io.imageinventory.changes.ImageChange;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What changed between refreshes, newest first, as JSON.
 */
@RestController
class ChangesApiController {

    private final ChangeLog changeLog;

    ChangesApiController(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    @GetMapping("/api/changes")
    ChangesDocument changes() {
        return new ChangesDocument(changeLog.changes());
    }

    record ChangesDocument(List<ImageChange> changes) {
    }

}
