package io.imageinventory.images;

import java.util.HashMap;
import java.util.Map;

import io.imageinventory.inventory.InventorySnapshot;
import io.imageinventory.inventory.SourceState;

/**
 * Accounts as the pages name them, from the display names the snapshot's sources carry
 * ({@code inventory.accounts[i].name}, the organisation's names).
 */
public final class AccountLabels {

    private final Map<String, String> names = new HashMap<>();

    private AccountLabels(InventorySnapshot snapshot) {
        for (SourceState source : snapshot.sources()) {
            names.putIfAbsent(source.key().accountId(), source.accountName());
        }
    }

    public static AccountLabels of(InventorySnapshot snapshot) {
        return new AccountLabels(snapshot);
    }

    /** The account's display name, or its id when the inventory knows none. */
    public String name(String accountId) {
        return names.getOrDefault(accountId, accountId);
    }

    /** {@code Production (111122223333)}, or the id alone when the inventory knows no other name. */
    public String label(String accountId) {
        String name = name(accountId);
        return name.equals(accountId) ? accountId : name + " (" + accountId + ")";
    }

}
