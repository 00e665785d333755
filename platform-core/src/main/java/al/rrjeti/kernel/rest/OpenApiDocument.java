package al.rrjeti.kernel.rest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The last touch to the {@code /openapi} document ({@code mp.openapi.filter}): the server is this
 * installation's public address ({@code rrjeti.base-url}, which holds the context path) instead
 * of the host name and ports Payara guesses; Payara's own {@code endpoints} block, which is not
 * OpenAPI, goes; a tag declared by several resources is listed once; schemas lose the default
 * keywords Payara writes.
 *
 * <p>A switched-off module's resources are left out, with the tags and schemas only they used
 * ({@link OpenApiModules} has Payara build the document again when the switches change).
 */
public class OpenApiDocument implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiDocument.class.getName());

    /**
     * This application's part of the document as built, nothing left out: its paths, tags and
     * component schemas (the path items and schemas themselves are shared, never changed).
     */
    record Part(Map<String, PathItem> paths, List<Tag> tags, Map<String, Schema> schemas) {
    }

    private static final java.util.concurrent.atomic.AtomicReference<Part> FULL =
            new java.util.concurrent.atomic.AtomicReference<>();

    static Part fullPart() {
        return FULL.get();
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        OpenApiModules.built(openAPI.getClass().getClassLoader());
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
        FULL.set(new Part(
                openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null ? Map.of()
                        : new LinkedHashMap<>(openAPI.getPaths().getPathItems()),
                openAPI.getTags() == null ? List.of() : new ArrayList<>(openAPI.getTags()),
                openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null ? Map.of()
                        : new LinkedHashMap<>(openAPI.getComponents().getSchemas())));
        leaveOutInactiveModules(openAPI, OpenApiModules.inactiveModules());
    }

    /**
     * Sets the served copy's paths, tags and schemas of this application from its full part, less
     * the inactive modules' paths. The copy's components are replaced by new ones (Payara's copy
     * shares them with the built model, which must keep everything for a later switch).
     */
    static void serve(OpenAPI served, Part full, Set<String> modules) {
        OpenAPI scratch = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths())
                .tags(new ArrayList<>(full.tags()))
                .components(OASFactory.createComponents().schemas(new LinkedHashMap<>(full.schemas())));
        full.paths().forEach(scratch.getPaths()::addPathItem);
        Components shared = served.getComponents();
        if (shared != null) {
            scratch.getComponents().setResponses(shared.getResponses());
        }
        leaveOutInactiveModules(scratch, modules);

        if (served.getPaths() == null) {
            served.setPaths(OASFactory.createPaths());
        }
        full.paths().keySet().forEach(served.getPaths()::removePathItem);
        scratch.getPaths().getPathItems().forEach(served.getPaths()::addPathItem);

        Set<String> ours = new HashSet<>();
        full.tags().forEach(t -> ours.add(t.getName()));
        List<Tag> tags = new ArrayList<>();
        if (served.getTags() != null) {
            served.getTags().stream().filter(t -> !ours.contains(t.getName())).forEach(tags::add);
        }
        tags.addAll(scratch.getTags());
        served.setTags(tags);

        Components fresh = OASFactory.createComponents();
        if (shared != null) {
            fresh.setResponses(shared.getResponses());
            fresh.setParameters(shared.getParameters());
            fresh.setExamples(shared.getExamples());
            fresh.setRequestBodies(shared.getRequestBodies());
            fresh.setHeaders(shared.getHeaders());
            fresh.setSecuritySchemes(shared.getSecuritySchemes());
            fresh.setLinks(shared.getLinks());
            fresh.setCallbacks(shared.getCallbacks());
            fresh.setExtensions(shared.getExtensions());
        }
        Map<String, Schema> schemas = new LinkedHashMap<>();
        if (shared != null && shared.getSchemas() != null) {
            shared.getSchemas().forEach((name, schema) -> {
                if (!full.schemas().containsKey(name)) {
                    schemas.put(name, schema);
                }
            });
        }
        schemas.putAll(scratch.getComponents().getSchemas());
        fresh.setSchemas(schemas);
        served.setComponents(fresh);
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
        typeWhatPayaraMistypes(schema);
        return schema;
    }

    /**
     * Two slips of Payara 6.2025 that a generated client would take at their word: the content of
     * a non-JSON answer declared {@code @Schema(type = STRING)} (a CSV, a PDF, an {@code .ics})
     * comes with the last component's properties copied onto it, and a {@code java.time} field
     * stays {@code type: object} even when its {@code @Schema} says string and gives the format.
     * A string has no properties; a date or a date-time is a string (JSON-B writes it so).
     */
    static void typeWhatPayaraMistypes(Schema schema) {
        if (schema.getType() == Schema.SchemaType.STRING && schema.getProperties() != null) {
            schema.setProperties(null);
            schema.setDescription(null);
        }
        if (schema.getType() == Schema.SchemaType.OBJECT && schema.getProperties() == null
                && ("date".equals(schema.getFormat()) || "date-time".equals(schema.getFormat()))) {
            schema.setType(Schema.SchemaType.STRING);
        }
    }

    /**
     * Takes out the paths of the modules, then the tags and the component schemas only the
     * removed operations used (a tag or schema another operation, or a shared response, still uses
     * stays).
     */
    static void leaveOutInactiveModules(OpenAPI openAPI, Set<String> modules) {
        if (modules.isEmpty() || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<Operation> removed = new ArrayList<>();
        List<Operation> kept = new ArrayList<>();
        for (Map.Entry<String, PathItem> e : Map.copyOf(openAPI.getPaths().getPathItems()).entrySet()) {
            boolean hide = OpenApiModules.hidden(e.getKey(), modules);
            (hide ? removed : kept).addAll(operations(e.getValue()));
            if (hide) {
                openAPI.getPaths().removePathItem(e.getKey());
            }
        }
        if (removed.isEmpty()) {
            return;
        }
        Set<String> tagsGone = new HashSet<>();
        removed.forEach(o -> tagsGone.addAll(o.getTags() == null ? List.of() : o.getTags()));
        kept.forEach(o -> tagsGone.removeAll(o.getTags() == null ? List.of() : o.getTags()));
        if (openAPI.getTags() != null) {
            openAPI.setTags(new ArrayList<>(openAPI.getTags().stream().filter(t -> !tagsGone.contains(t.getName())).toList()));
        }
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        SchemaReach reachedByKept = new SchemaReach(components);
        kept.forEach(reachedByKept::operation);
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(reachedByKept::response);
        }
        SchemaReach reachedByRemoved = new SchemaReach(components);
        removed.forEach(reachedByRemoved::operation);
        for (String name : reachedByRemoved.names) {
            if (!reachedByKept.names.contains(name)) {
                components.removeSchema(name);
            }
        }
    }

    private static List<Operation> operations(PathItem item) {
        return item.getOperations() == null ? List.of() : List.copyOf(item.getOperations().values());
    }

    /** The component schemas an operation reaches, through its parameters, body and answers, transitively. */
    private static final class SchemaReach {

        private final Components components;
        private final Set<String> names = new HashSet<>();

        SchemaReach(Components components) {
            this.components = components;
        }

        void operation(Operation o) {
            if (o.getParameters() != null) {
                for (Parameter p : o.getParameters()) {
                    schema(p.getSchema());
                    content(p.getContent());
                }
            }
            if (o.getRequestBody() != null) {
                content(o.getRequestBody().getContent());
            }
            if (o.getResponses() != null && o.getResponses().getAPIResponses() != null) {
                o.getResponses().getAPIResponses().values().forEach(this::response);
            }
        }

        void response(APIResponse r) {
            if (r.getRef() != null && components.getResponses() != null) {
                APIResponse shared = components.getResponses().get(last(r.getRef()));
                if (shared != null && shared != r) {
                    content(shared.getContent());
                }
            }
            content(r.getContent());
        }

        private void content(Content c) {
            if (c != null && c.getMediaTypes() != null) {
                c.getMediaTypes().values().forEach(m -> schema(m.getSchema()));
            }
        }

        private void schema(Schema s) {
            if (s == null) {
                return;
            }
            if (s.getRef() != null) {
                String name = last(s.getRef());
                if (names.add(name)) {
                    schema(components.getSchemas().get(name));
                }
            }
            if (s.getProperties() != null) {
                s.getProperties().values().forEach(this::schema);
            }
            schema(s.getItems());
            schema(s.getNot());
            schema(s.getAdditionalPropertiesSchema());
            for (List<Schema> group : Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
                if (group != null) {
                    group.forEach(this::schema);
                }
            }
        }

        private static String last(String ref) {
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
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
