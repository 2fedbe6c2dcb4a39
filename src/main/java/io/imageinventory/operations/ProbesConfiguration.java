package io.imageinventory.operations;

import java.util.Map;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The Kubernetes probes, on the main port, for anyone, status only: {@code /livez} is the application's
 * {@link LivenessState}, {@code /readyz} its {@link ReadinessState}, the states that the health
 * endpoint's probe groups would report. Those groups are not used because the health endpoint then
 * lists their names to everyone, and it must say UP or DOWN only.
 * <p>
 * Ready means the web server serves: Boot accepts traffic once the application has started and refuses
 * it while shutting down. The first refresh is not waited for: while it runs, pages say so in their
 * banner and are still worth serving. A failing refresh leaves the application ready and alive, since
 * restarting it or taking it out of the load balancer would not bring AWS back.
 */
@Configuration(proxyBeanMethods = false)
class ProbesConfiguration {

    @Bean
    RouterFunction<ServerResponse> probes(ApplicationAvailability availability) {
        return RouterFunctions.route()
                .GET("/livez", request -> probe(availability.getLivenessState() == LivenessState.CORRECT, "DOWN"))
                .GET("/readyz", request -> probe(availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC,
                        "OUT_OF_SERVICE"))
                .build();
    }

    /** The health endpoint's body and status codes, so that a probe reads the same either way. */
    private static ServerResponse probe(boolean up, String downStatus) {
        return ServerResponse.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", up ? "UP" : downStatus));
    }

}
