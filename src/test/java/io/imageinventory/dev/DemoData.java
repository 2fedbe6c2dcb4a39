package io.imageinventory.dev;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Realistic images for the demo: two accounts over two regions, every state, both operating
 * systems and tenancies, owned and shared images, ERROR images with one to several
 * {@code ErrorDetails} codes, one with only the legacy top-level error, one with a code newer than
 * the SDK, and images with updates available. The same every run, so screenshots are comparable.
 */
public final class DemoData {

    /** The account the demo's base credentials stand for. */
    public static final String CORPORATE = FakeAws.DEFAULT_ACCOUNT;

    /** A second account, reached through a role. */
    public static final String PRODUCTION = "222233334444";

    public static final String PRODUCTION_ROLE = "arn:aws:iam::" + PRODUCTION + ":role/ImageInventoryReader";

    /** The account that shares its images with the others. */
    static final String VENDOR = "999900001111";

    public static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");

    private static final Instant NEWEST = Instant.parse("2026-11-20T09:30:00Z");

    private static final String[] TEAMS = { "Finance", "Engineering", "Support", "Design", "Sales", "Data", "Legal" };

    private DemoData() {
    }

    /** Seeds the fake with the demo images and the role that reaches the second account. */
    public static FakeAws seed(FakeAws aws) {
        aws.role(PRODUCTION_ROLE);
        for (String account : List.of(CORPORATE, PRODUCTION)) {
            for (String region : REGIONS) {
                aws.images(account, region, "OWNED", owned(account, region));
                aws.images(account, region, "SHARED", shared(account, region));
            }
        }
        return aws;
    }

    /**
     * The demo as a later refresh finds it, so that {@code /changes} has something to show: in the corporate
     * account's {@code us-east-1} one image has broken, one is gone and one is new. {@link #seed} puts the demo
     * back, which a further refresh records as changes too.
     */
    public static FakeAws evolve(FakeAws aws) {
        List<FakeImage> images = new ArrayList<>(owned(CORPORATE, "us-east-1"));
        images.get(0).errorDetail("InsufficientDiskSpace", "At least 20 GB of free disk space is required.");
        images.remove(1);
        images.add(FakeImage.available(id(99), CORPORATE).name("Win11-Finance-2026.12")
                .with("Description", "Finance desktop, December build").created(NEWEST.plus(1, ChronoUnit.HOURS)));
        aws.images(CORPORATE, "us-east-1", "OWNED", images);
        return aws;
    }

    static List<FakeImage> owned(String account, String region) {
        int seed = (account.equals(CORPORATE) ? 0 : 100) + (region.equals("us-east-1") ? 0 : 50);
        List<FakeImage> images = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            int n = seed + i;
            boolean linux = n % 4 == 3;
            String team = TEAMS[n % TEAMS.length];
            FakeImage image = FakeImage.available(id(n), account)
                    .name((linux ? "AmazonLinux2-" : "Win11-") + team + "-" + (2026 - n % 3) + "." + (1 + n % 12))
                    .with("Description", team + " desktop with the " + team.toLowerCase() + " toolset")
                    .os(linux ? "LINUX" : "WINDOWS")
                    .tenancy(n % 5 == 0 ? "DEDICATED" : "DEFAULT")
                    .created(NEWEST.minus(n * 37L + 5, ChronoUnit.HOURS));
            if (i % 7 == 2) {
                image.state("PENDING");
            }
            if (i % 6 == 4) {
                image.updateAvailable("A newer WorkSpaces agent and Windows cumulative update are available");
            }
            images.add(image);
        }
        images.addAll(broken(account, region, seed));
        return images;
    }

    private static List<FakeImage> broken(String account, String region, int seed) {
        Instant created = NEWEST.minus(seed + 3L, ChronoUnit.HOURS);
        List<FakeImage> broken = new ArrayList<>();
        broken.add(FakeImage.available(id(seed + 40), account).name("Win11-Helpdesk-" + region)
                .created(created)
                .errorDetail("OutdatedPowershellVersion",
                        "The PowerShell version is outdated. Install PowerShell 5.1 or later.")
                .errorDetail("AppXPackagesInstalled",
                        "AppX packages are installed for the user profile. Remove them before importing.")
                .errorDetail("PendingReboot", "A reboot is pending. Restart the instance and try again."));
        if (account.equals(CORPORATE)) {
            // A long name without a hyphen or a space, as AWS allows: it must not widen the table on a phone.
            broken.add(FakeImage.available(id(seed + 41), account)
                    .name("Windows_10_Enterprise_Legacy_BYOL_import_2025")
                    .created(created.minus(30, ChronoUnit.DAYS))
                    .error("InvalidImage.ImportFailed",
                            "The image could not be imported: <b>unsupported</b> disk layout & partition table"));
            broken.add(FakeImage.available(id(seed + 42), account).name("Win11-Kiosk-" + region)
                    .created(created.minus(2, ChronoUnit.DAYS))
                    .errorDetail("DomainJoined", "The instance is joined to a domain. Unjoin it first."));
        }
        else {
            broken.add(FakeImage.available(id(seed + 41), account).name("Win11-Trading-Floor")
                    .created(created.minus(5, ChronoUnit.DAYS)).os("WINDOWS").tenancy("DEDICATED")
                    .errorDetail("InsufficientDiskSpace", "At least 20 GB of free disk space is required.")
                    .errorDetail("FirewallEnabled", "The Windows Firewall is on for the public profile.")
                    .errorDetail("QuantumEntanglementDetected", "A code newer than this SDK, shown as AWS sent it."));
        }
        return broken;
    }

    /** The vendor shares the same images with both accounts: each account sees them as its own rows. */
    static List<FakeImage> shared(String account, String region) {
        int seed = 200 + (region.equals("us-east-1") ? 0 : 5);
        List<FakeImage> images = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = seed + i;
            images.add(FakeImage.available(id(n), VENDOR)
                    .name("Vendor-CAD-Workstation-" + (i + 1))
                    .with("Description", "Shared by the CAD vendor")
                    .tenancy(i == 2 ? "DEDICATED" : "DEFAULT")
                    .created(NEWEST.minus(n, ChronoUnit.DAYS)));
        }
        return images;
    }

    private static String id(int n) {
        return "wsi-%09x".formatted(0x5a17c0deL + n * 7919L);
    }

}
