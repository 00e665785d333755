package al.rrjeti.kernel.api.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the person behind a request, for rate limits. {@code Forwarded} and
 * {@code X-Forwarded-For} are believed only when the request came from a proxy listed in
 * {@code rrjeti.proxies.trusted} (addresses or ranges such as {@code 10.0.0.0/8}, separated by
 * commas; none by default): anyone else could write any address there and so escape every limit.
 * Behind trusted proxies the client is the nearest hop, read from the right, that is not one of them.
 */
public final class ClientAddress {

    /** The configuration key listing trusted reverse proxies. */
    public static final String TRUSTED_PROXIES = "rrjeti.proxies.trusted";

    /** Only literal addresses are ever parsed: a host name would make a DNS lookup per request. */
    private static final Pattern LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F.]*:[0-9a-fA-F:.]*");

    private static volatile Trusted trusted = new Trusted("", List.of());

    private ClientAddress() {
    }

    /** The client of a servlet request, as the configuration says to read it. */
    public static String of(HttpServletRequest request) {
        String config = ConfigProvider.getConfig().getOptionalValue(TRUSTED_PROXIES, String.class).orElse("");
        Trusted t = trusted;
        if (!t.source().equals(config)) {
            t = new Trusted(config, parse(config));
            trusted = t;
        }
        return resolve(request.getRemoteAddr(), request.getHeader("Forwarded"), request.getHeader("X-Forwarded-For"),
                t.ranges());
    }

    /**
     * The client, given the peer's address, the two headers (either may be null) and the trusted ranges.
     * {@code Forwarded} wins over {@code X-Forwarded-For} when both are present.
     */
    static String resolve(String peer, String forwarded, String xForwardedFor, List<Range> trustedRanges) {
        if (!isTrusted(peer, trustedRanges)) {
            return normalise(peer);
        }
        List<String> hops = forwarded != null && !forwarded.isBlank() ? forwardedFor(forwarded)
                : xForwardedFor != null ? Arrays.stream(xForwardedFor.split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList() : List.of();
        String client = normalise(peer);
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = normalise(hops.get(i));
            if (!isTrusted(client, trustedRanges)) {
                return client;
            }
        }
        return client;
    }

    /** The {@code for=} values of an RFC 7239 header, in order. */
    private static List<String> forwardedFor(String header) {
        List<String> hops = new ArrayList<>();
        for (String element : header.split(",")) {
            for (String pair : element.split(";")) {
                String[] kv = pair.strip().split("=", 2);
                if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("for")) {
                    hops.add(kv[1].strip());
                }
            }
        }
        return hops;
    }

    /** Without quotes, brackets and port: {@code "[2001:db8::1]:4711"} becomes {@code 2001:db8::1}. */
    static String normalise(String hop) {
        String h = hop == null ? "" : hop.strip().replace("\"", "");
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end > 0 ? h.substring(1, end) : h.substring(1);
        } else if (h.indexOf(':') > 0 && h.indexOf(':') == h.lastIndexOf(':')) {
            h = h.substring(0, h.indexOf(':'));
        }
        return h.toLowerCase(Locale.ROOT);
    }

    private static boolean isTrusted(String address, List<Range> ranges) {
        if (ranges.isEmpty() || address == null || !LITERAL.matcher(address).matches()) {
            return false;
        }
        byte[] bytes = bytes(address);
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    static List<Range> parse(String config) {
        List<Range> ranges = new ArrayList<>();
        for (String part : config.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] ab = p.split("/", 2);
            byte[] base = LITERAL.matcher(ab[0]).matches() ? bytes(ab[0]) : null;
            if (base == null) {
                throw new IllegalArgumentException(TRUSTED_PROXIES + ": not an address or range: " + p);
            }
            int bits = ab.length == 2 ? Integer.parseInt(ab[1].strip()) : base.length * 8;
            if (bits < 0 || bits > base.length * 8) {
                throw new IllegalArgumentException(TRUSTED_PROXIES + ": bad prefix length: " + p);
            }
            ranges.add(new Range(base, bits));
        }
        return List.copyOf(ranges);
    }

    private static byte[] bytes(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address and how many of its leading bits must match. */
    record Range(byte[] base, int bits) {
        boolean contains(byte[] address) {
            if (address.length != base.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (base[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Trusted(String source, List<Range> ranges) {
    }
}
