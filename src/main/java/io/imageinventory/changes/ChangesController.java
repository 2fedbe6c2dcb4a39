package io.imageinventory.changes;

import io.imageinventory.inventory.InventoryStore;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The change timeline: what refreshes found different, newest first, filtered like the images.
 */
@Controller
class ChangesController {

    private final ChangeLog changeLog;

    private final InventoryStore store;

    ChangesController(ChangeLog changeLog, InventoryStore store) {
        this.changeLog = changeLog;
        this.store = store;
    }

    @GetMapping(ChangesQuery.PATH)
    String changes(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        ChangesQuery query = ChangesQuery.parse(parameters);
        model.addAttribute("changes", ChangesPage.of(query, changeLog.changes(), store.snapshot()));
        return "changes";
    }

}
