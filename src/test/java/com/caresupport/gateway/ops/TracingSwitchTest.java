package com.caresupport.gateway.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.util.Iterator;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

/** Tracing is on exactly when an operator configured an OTLP endpoint; the extension's default does not count. */
class TracingSwitchTest {

    private static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";

    @Test
    void offWithoutAnEndpoint() {
        assertEquals("true", sdkDisabled(Map.of()));
    }

    @Test
    void offWhenOnlyTheBuiltInDefaultIsThere() {
        assertEquals("true", sdkDisabled(Map.of(ENDPOINT, value(ENDPOINT, "http://localhost:4317/", Integer.MIN_VALUE))));
    }

    @Test
    void onWhenTheEnvironmentNamesAnEndpoint() {
        assertEquals("false", sdkDisabled(Map.of(ENDPOINT, value(ENDPOINT, "http://collector:4317", 300))));
    }

    @Test
    void onWhenOnlyTheTracesEndpointIsSet() {
        String traces = "quarkus.otel.exporter.otlp.traces.endpoint";
        assertEquals("false", sdkDisabled(Map.of(traces, value(traces, "http://collector:4317", 250))));
    }

    private static ConfigValue value(String name, String value, int ordinal) {
        return ConfigValue.builder().withName(name).withValue(value).withConfigSourceOrdinal(ordinal).build();
    }

    private static String sdkDisabled(Map<String, ConfigValue> values) {
        ConfigSourceContext context = new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return values.get(name);
            }

            @Override
            public Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }
        };
        Iterator<ConfigSource> sources = new TracingSwitch().getConfigSources(context).iterator();
        ConfigSource source = sources.next();
        return source.getValue(TracingSwitch.SDK_DISABLED);
    }
}
