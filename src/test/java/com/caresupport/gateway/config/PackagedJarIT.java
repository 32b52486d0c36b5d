package com.caresupport.gateway.config;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.GatewayProcess;
import java.nio.file.Files;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar leaves application.properties out: its values are already in the jar's generated config, and
 * finding the file at runtime made every start and every CLI verb build a zip file system over the whole jar, twice.
 * That the values still apply in prod is shown by the packaged-jar tests that depend on them (JsonLogIT: the
 * {@code %prod} JSON log format; CliIT: the CLI's switches; StartupCheckIT).
 */
class PackagedJarIT {

    @Test
    void theJarCarriesItsConfigurationInTheGeneratedClassesNotAsAFile() throws Exception {
        assertTrue(Files.exists(GatewayProcess.JAR), "package the gateway first");
        try (ZipFile jar = new ZipFile(GatewayProcess.JAR.toFile())) {
            assertNull(jar.getEntry("application.properties"), "application.properties is not in the jar");
            assertNotNull(jar.getEntry("io/quarkus/runtime/generated/Config.class"), "the generated config is");
        }
    }
}
