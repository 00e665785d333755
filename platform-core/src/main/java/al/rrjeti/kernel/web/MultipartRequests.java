package al.rrjeti.kernel.web;

import al.rrjeti.kernel.infrastructure.RequestPaths;
import al.rrjeti.kernel.spi.UploadPages;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.organisation.OrganisationUploadPages;
import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletDiskFileUpload;

/**
 * Reads every multipart form post with Apache Commons FileUpload before anything else touches the
 * request, and hands the chain a request whose parameters and parts come from it.
 *
 * <p>Payara 6.2025.9's own multipart parser keeps each part of each request reachable for ever
 * (payara/Payara#6324: a cleaner holds the part): a few thousand form posts with uploads fill the
 * heap. With this filter the server never parses a multipart body, so nothing is kept; temporary
 * files are deleted when the request ends. Faces' {@code h:inputFile} works unchanged, as it asks
 * the request for its parts.
 *
 * <p>A multipart body is read only on a page that takes files ({@link UploadPages}, the kernel's and those the active modules' descriptors name), only from a
 * logged-in caller, and only up to that page's limit; otherwise it is refused (415, 403, 413)
 * before any of it is read or spooled.
 */
public class MultipartRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MultipartRequests.class.getName());

    /** Parts up to this size stay in memory; larger ones go to a temporary file. */
    private static final int IN_MEMORY = 64 * 1024;
    /** Fields and files of one form: a form has a few dozen at most. */
    private static final long MAX_PARTS = 200;

    @Inject
    private OrganisationUploadPages kernelPages;

    @Inject
    private ModuleRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        // Decided on the path, the caller and the declared length, before a byte of the body is read.
        Long limit = limitOf(RequestPaths.of(request));
        if (limit == null || !"POST".equals(request.getMethod())) {
            refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        if (request.getUserPrincipal() == null) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        parse(request, response, chain, limit);
    }

    /** The page's own limit, or null for pages that take no files. */
    private Long limitOf(String path) {
        // The kernel's own upload pages, then those the active modules declare.
        List<UploadPages> all = new ArrayList<>();
        all.add(kernelPages);
        registry.active().forEach(m -> all.addAll(m.descriptor().uploadPages()));
        for (UploadPages pages : all) {
            Long limit = pages.uploadPages().get(path);
            if (limit != null) {
                return limit;
            }
        }
        return null;
    }

    /** Any method with a multipart body: FileUpload's own test looks at POST only. */
    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /**
     * Answers without reading the body, and closes the connection so the rest is not drained. Not
     * through an error page: rendering one would read the form (and so the body) again.
     */
    private static void refuse(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(REFUSED);
    }

    private static final String REFUSED = "Ky formular nuk pranon këtë dërgesë skedarësh.\n"
            + "This form does not accept this file upload.\n";

    private void parse(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long limit)
            throws IOException, ServletException {
        Path folder = Files.createTempDirectory("rrjeti-upload-");
        List<DiskFileItem> items = List.of();
        try {
            DiskFileItemFactory factory = DiskFileItemFactory.builder().setPath(folder).setBufferSize(8192)
                    .setThreshold(IN_MEMORY).setCharset(StandardCharsets.UTF_8).get();
            JakartaServletDiskFileUpload upload = new JakartaServletDiskFileUpload(factory);
            upload.setMaxSize(limit);
            upload.setMaxFileCount(MAX_PARTS);
            try {
                items = upload.parseRequest(request);
            } catch (FileUploadSizeException e) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            } catch (FileUploadException e) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            chain.doFilter(new Parsed(request, items), response);
        } finally {
            for (DiskFileItem item : items) {
                try {
                    item.delete();
                } catch (IOException e) {
                    LOG.log(Level.FINE, "A temporary upload file could not be deleted", e);
                }
            }
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                LOG.log(Level.FINE, "A temporary upload folder could not be deleted", e);
            }
        }
    }

    /** The request as the application sees it: form fields as parameters, files as parts. */
    static final class Parsed extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;
        private final List<Part> parts;

        Parsed(HttpServletRequest request, List<DiskFileItem> items) throws IOException {
            super(request);
            Map<String, List<String>> values = new LinkedHashMap<>();
            request.getParameterMap().forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>())
                    .addAll(List.of(v))); // the query string: the body is not parsed by the server
            List<Part> all = new ArrayList<>();
            for (DiskFileItem item : items) {
                if (item.isFormField()) {
                    values.computeIfAbsent(item.getFieldName(), x -> new ArrayList<>())
                            .add(item.getString(StandardCharsets.UTF_8));
                }
                all.add(new ItemPart(item));
            }
            Map<String, String[]> map = new LinkedHashMap<>();
            values.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(map);
            this.parts = List.copyOf(all);
        }

        @Override
        public String getParameter(String name) {
            String[] v = parameters.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] v = parameters.get(name);
            return v == null ? null : v.clone();
        }

        @Override
        public Collection<Part> getParts() {
            return parts;
        }

        @Override
        public Part getPart(String name) {
            return parts.stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
        }
    }

    /** One field or file of the form, as the Servlet API describes it. */
    static final class ItemPart implements Part {
        private final DiskFileItem item;

        ItemPart(DiskFileItem item) {
            this.item = item;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return item.getInputStream();
        }

        @Override
        public String getContentType() {
            return item.getContentType();
        }

        @Override
        public String getName() {
            return item.getFieldName();
        }

        @Override
        public String getSubmittedFileName() {
            return item.getName();
        }

        @Override
        public long getSize() {
            return item.getSize();
        }

        @Override
        public void write(String fileName) throws IOException {
            item.write(Path.of(fileName));
        }

        @Override
        public void delete() throws IOException {
            item.delete();
        }

        @Override
        public String getHeader(String name) {
            return item.getHeaders() == null ? null : item.getHeaders().getHeader(name);
        }

        @Override
        public Collection<String> getHeaders(String name) {
            List<String> values = new ArrayList<>();
            if (item.getHeaders() != null) {
                item.getHeaders().getHeaders(name).forEachRemaining(values::add);
            }
            return values;
        }

        @Override
        public Collection<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            if (item.getHeaders() != null) {
                Iterator<String> it = item.getHeaders().getHeaderNames();
                it.forEachRemaining(names::add);
            }
            return names;
        }
    }
}
