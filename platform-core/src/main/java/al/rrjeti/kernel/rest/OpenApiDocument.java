package al.rrjeti.kernel.rest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The last touch to the {@code /openapi} document ({@code mp.openapi.filter}): the server is this
 * installation's public address ({@code rrjeti.base-url}, which holds the context path) instead
 * of the host name and ports Payara guesses; Payara's own {@code endpoints} block, which is not
 * OpenAPI, goes; a tag declared by several resources is listed once; schemas lose the default
 * keywords Payara writes.
 *
 * <p>Payara builds the document once, on the first request for it after a deployment, and keeps
 * it: this filter cannot follow a module switched on or off later.
 */
public class OpenApiDocument implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiDocument.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(baseUrl())
                .description("This installation (its rrjeti.base-url)"))));
        dropPayaraEndpoints(openAPI);
        if (openAPI.getTags() != null) {
            Map<String, Tag> byName = new LinkedHashMap<>();
            for (Tag t : openAPI.getTags()) {
                byName.merge(t.getName(), t, (a, b) -> a.getDescription() != null ? a : b);
            }
            openAPI.setTags(new ArrayList<>(byName.values()));
        }
    }

    /**
     * Payara 6.2025 writes every keyword of a {@code @Schema} annotation, its defaults included:
     * {@code maxProperties: 0} (which would forbid every property), {@code uniqueItems} on objects
     * (which makes parsers look for array items), and a row of {@code false} flags. A default is
     * the same as no keyword, so they go.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }

    private static String baseUrl() {
        // Explicit class loader: Payara calls the filter on its own endpoint's thread.
        String url = ConfigProvider.getConfig(OpenApiDocument.class.getClassLoader())
                .getOptionalValue("rrjeti.base-url", String.class).orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Payara's model has a non-standard {@code endpoints} map beside the standard fields. Emptied,
     * not set to null: Payara copies the map each time it serves the document (null fails there),
     * and writes no empty field.
     */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(openAPI, new java.util.TreeMap<String, java.util.Set<String>>());
        } catch (NoSuchMethodException e) {
            // Another implementation: nothing to drop.
        } catch (IllegalAccessException | InvocationTargetException e) {
            LOG.log(Level.WARNING, "Could not drop Payara's endpoints block from /openapi", e);
        }
    }
}
