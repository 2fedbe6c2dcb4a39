package io.imageinventory;

import java.util.LinkedHashMap;
import java.util.Map;

import io.imageinventory.dev.DemoData;
import io.imageinventory.dev.FakeAws;
import io.imageinventory.dev.LocalIdentityProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * The demo, {@code ./mvnw spring-boot:test-run}: the whole product with no AWS account and no identity
 * provider. It starts the fake AWS endpoint on port {@value #AWS_PORT} seeded with {@link DemoData}
 * (standard AWS tools can be pointed at it with any credentials), the local OpenID Connect provider on
 * port {@value #IDP_PORT} with {@code admin}/{@code admin} and {@code viewer}/{@code viewer}, and the
 * application on http://localhost:8080.
 */
public final class TestImageInventoryApplication {

    public static final int AWS_PORT = 4566;

    public static final int IDP_PORT = 9000;

    private static final Logger log = LoggerFactory.getLogger(TestImageInventoryApplication.class);

    private TestImageInventoryApplication() {
    }

    public static void main(String[] args) {
        FakeAws aws = DemoData.seed(FakeAws.start(AWS_PORT));
        LocalIdentityProvider provider = LocalIdentityProvider.start(IDP_PORT);
        FakeAws.useDemoCredentials();
        // System properties: above the test configuration's offline settings, below command-line arguments.
        demoSettings(aws, provider).forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, String.valueOf(value));
            }
        });
        SpringApplication.from(ImageInventoryApplication::main).with(DemoServices.class).run(args);
    }

    static Map<String, Object> demoSettings(FakeAws aws, LocalIdentityProvider provider) {
        Map<String, Object> settings = new LinkedHashMap<>(provider.applicationProperties());
        settings.put("inventory.endpoint-override", aws.endpoint());
        settings.put("inventory.regions", String.join(",", DemoData.REGIONS));
        settings.put("inventory.accounts[0].role-arn", DemoData.PRODUCTION_ROLE);
        settings.put("inventory.accounts[0].name", "Production");
        settings.put("inventory.refresh-interval", "5m");
        return settings;
    }

    /** Says where to go once everything is up. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DemoServices {

        @Bean
        DemoGreeting demoGreeting() {
            return new DemoGreeting();
        }

    }

    static class DemoGreeting {

        @EventListener(ApplicationReadyEvent.class)
        void ready() {
            log.info("Demo ready: open http://localhost:8080 and sign in as admin/admin or viewer/viewer. "
                    + "Fake AWS endpoint: http://localhost:{}, identity provider: http://127.0.0.1:{}", AWS_PORT,
                    IDP_PORT);
        }

    }

}
