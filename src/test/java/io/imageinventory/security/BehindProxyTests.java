package io.imageinventory.security;

import java.net.URI;
import java.net.http.HttpResponse;

import io.imageinventory.dev.BrowserSession;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy that sends {@code X-Forwarded-*}, with the proxy switch of the README on.
 * {@code native} rather than {@code framework}: only Tomcat itself knowing the request is secure makes
 * it mark the session cookie {@code Secure}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
class BehindProxyTests {

    @LocalServerPort
    private int port;

    @Test
    void shouldMarkTheSessionCookieSecureAndSendHstsWhenTheProxySpeaksHttps() {
        HttpResponse<String> page = new BrowserSession().get(URI.create("http://localhost:" + port + "/images"),
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "inventory.example.com", "X-Forwarded-Port", "443");

        assertThat(BrowserSession.location(page)).isEqualTo(URI.create("https://inventory.example.com/oauth2/authorization/sso"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

}
