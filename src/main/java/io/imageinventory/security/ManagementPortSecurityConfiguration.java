package io.imageinventory.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * With {@code management.server.port} set, the actuator answers on a port of its own, for a scrape
 * that the network protects (a Kubernetes NetworkPolicy that lets only Prometheus in): there,
 * {@code /actuator/prometheus} and {@code /actuator/health} need no sign-in and everything else is
 * refused. The chain is chosen by the port a request arrived on, not by {@code EndpointRequest}
 * alone, so that no request on that port falls through to the main chain (spring-boot#50355).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class ManagementPortSecurityConfiguration {

    /** The management server's port, known once it has started ({@code 0} picks a free one). */
    @Bean
    ManagementPort managementPort() {
        return new ManagementPort();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPortFilterChain(HttpSecurity http, ManagementPort port) {
        http.securityMatcher(request -> request.getLocalPort() == port.get())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class, HealthEndpoint.class)).permitAll()
                        .anyRequest().denyAll())
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.disable());
        return http.build();
    }

    /** Events of the management context reach its parent, this one. */
    static final class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

        private final AtomicInteger port = new AtomicInteger(-1);

        int get() {
            return port.get();
        }

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            if ("management".equals(event.getApplicationContext().getServerNamespace())) {
                port.set(event.getWebServer().getPort());
            }
        }

    }

}
