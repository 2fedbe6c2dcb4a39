package io.imageinventory.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * The images page around its results (header, freshness banner, sign-out and refresh forms), rendered
 * once for each user and state of the page, then reused: rendering it per request cost more than all
 * the rest of a request. Everything it depends on is in the key: the model (ERROR count, freshness,
 * whose "min ago" changes each minute), who is signed in with which authorities, and the context path.
 * The CSRF token is the exception: Spring Security masks it anew for every response (against BREACH),
 * so the page is rendered with a mark where the token goes and each response writes its own there.
 */
final class PageShells {

    /** Unguessable, so no text on a page can contain it, by chance or on purpose. */
    private static final String TOKEN_MARK = "csrf" + UUID.randomUUID().toString().replace("-", "");

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final Cache<Key, PageShell> shells = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterAccess(Duration.ofMinutes(5))
            .build();

    PageShell shell(View page, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        CsrfToken token = csrfToken(request);
        Key key = new Key(request.getContextPath(), pageModel(model), user == null ? null : user.getName(),
                user == null ? Set.of() : authorities(user), TRUST.isAuthenticated(user), token != null);
        return shells.get(key, unused -> PageShell.cut(
                RenderedText.of(page, model, new MarkedTokenRequest(request, token), response), ImagesPageView.SLOT,
                TOKEN_MARK));
    }

    /** This response's token, escaped for an attribute value, or nothing without CSRF protection. */
    static byte[] token(HttpServletRequest request) {
        CsrfToken token = csrfToken(request);
        return token == null ? new byte[0] : HtmlUtils.htmlEscape(token.getToken()).getBytes(StandardCharsets.UTF_8);
    }

    private static @Nullable CsrfToken csrfToken(HttpServletRequest request) {
        return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }

    /** The model without the binding results Spring adds, which hold nothing the page shows. */
    private static Map<String, Object> pageModel(Map<String, ?> model) {
        Map<String, Object> values = new HashMap<>();
        model.forEach((name, value) -> {
            if (!name.startsWith(BindingResult.MODEL_KEY_PREFIX)) {
                values.put(name, value);
            }
        });
        return values;
    }

    private static Set<String> authorities(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    private record Key(String contextPath, Map<String, Object> model, @Nullable String user, Set<String> authorities,
            boolean authenticated, boolean csrf) {
    }

    /** The request, except that its CSRF token is the mark. */
    private static final class MarkedTokenRequest extends HttpServletRequestWrapper {

        private final @Nullable CsrfToken marked;

        MarkedTokenRequest(HttpServletRequest request, @Nullable CsrfToken token) {
            super(request);
            this.marked = token == null ? null
                    : new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), TOKEN_MARK);
        }

        @Override
        public @Nullable Object getAttribute(String name) {
            if (marked != null && (name.equals(CsrfToken.class.getName()) || name.equals(marked.getParameterName()))) {
                return marked;
            }
            return super.getAttribute(name);
        }

    }

}
