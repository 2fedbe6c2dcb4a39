package io.imageinventory.errors;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Puts {@link RejectedRequestValve} where Tomcat keeps its error report valve, on the host, in place of the
 * one Boot adds ({@code server.error.include-stacktrace=never}) and of the one the host would add at start.
 * Last of the customizers, so that Boot's valve is there to be replaced.
 */
@Component
class RejectedRequestCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectProvider<ResourceUrlProvider> resourceUrls;

    RejectedRequestCustomizer(ObjectProvider<ResourceUrlProvider> resourceUrls) {
        this.resourceUrls = resourceUrls;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new RejectedRequestValve(context.getPath(), this::versionedUrl));
            if (host instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(RejectedRequestValve.class.getName());
            }
        });
    }

    /** Nothing until the application has started and its resource handlers are known. */
    private @Nullable String versionedUrl(String path) {
        ResourceUrlProvider urls = resourceUrls.getIfUnique();
        return urls == null ? null : urls.getForLookupPath(path);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

}
