package io.imageinventory.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether an environment variable sets a property that the application reads, by Boot's relaxed
 * binding: a property of the configuration metadata (Boot's jars, and the project's own that the
 * configuration processor writes), or else an entry that one of the running application's
 * {@code @ConfigurationProperties} binds with nothing left over, which covers the map and list entries
 * that the metadata cannot name ({@code spring.security.oauth2.client.registration.sso.client-id}).
 */
final class KnownSettings {

    private final Map<ConfigurationPropertyName, String> metadata;

    private final Collection<ConfigurationPropertiesBean> beans;

    private KnownSettings(Map<ConfigurationPropertyName, String> metadata, Collection<ConfigurationPropertiesBean> beans) {
        this.metadata = metadata;
        this.beans = beans;
    }

    static KnownSettings of(ApplicationContext context) {
        return new KnownSettings(metadata(), ConfigurationPropertiesBean.getAll(context).values());
    }

    /** Whether {@code variable=value} in the environment would set a known property. */
    boolean binds(String variable, String value) {
        IterableConfigurationPropertySource source = environment(variable, value);
        if (metadata.keySet().stream().anyMatch(name -> source.getConfigurationProperty(name) != null)) {
            return true;
        }
        List<ConfigurationPropertyName> names = source.stream().toList();
        Binder binder = new Binder(source);
        for (ConfigurationPropertiesBean bean : beans) {
            ConfigurationPropertyName prefix = ConfigurationPropertyName.of(bean.getAnnotation().prefix());
            if (names.stream().anyMatch(prefix::isAncestorOf) && bindsEverything(binder, prefix, bean)) {
                return true;
            }
        }
        return false;
    }

    /** The default value that the metadata gives for a property. */
    String defaultValue(String property) {
        return metadata.get(ConfigurationPropertyName.of(property));
    }

    private static boolean bindsEverything(Binder binder, ConfigurationPropertyName prefix, ConfigurationPropertiesBean bean) {
        Bindable<?> target = bean.asBindTarget();
        // A new instance of the bean's type, so that the application's own is not changed.
        Bindable<?> fresh = Bindable.of(target.getType()).withBindMethod(target.getBindMethod());
        try {
            return binder.bind(prefix, fresh, new NoUnboundElementsBindHandler(BindHandler.DEFAULT)).isBound();
        }
        catch (BindException ex) {
            if (ex.getCause() instanceof UnboundConfigurationPropertiesException) {
                return false;
            }
            throw ex;
        }
    }

    private static IterableConfigurationPropertySource environment(String variable, String value) {
        // Named as the real one: Boot maps only a source of that name by the environment variable rules.
        SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, value));
        return (IterableConfigurationPropertySource) ConfigurationPropertySource.from(environment);
    }

    private static Map<ConfigurationPropertyName, String> metadata() {
        JsonMapper json = JsonMapper.builder().build();
        Map<ConfigurationPropertyName, String> properties = new LinkedHashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:META-INF/spring-configuration-metadata.json");
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        String name = property.path("name").asString();
                        JsonNode defaultValue = property.path("defaultValue");
                        if (ConfigurationPropertyName.isValid(name)) {
                            properties.put(ConfigurationPropertyName.of(name),
                                    defaultValue.isValueNode() ? defaultValue.asString() : null);
                        }
                    }
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return properties;
    }

}
