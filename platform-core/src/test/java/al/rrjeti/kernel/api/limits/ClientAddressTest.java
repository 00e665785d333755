package al.rrjeti.kernel.api.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<ClientAddress.Range> NONE = List.of();
    private static final List<ClientAddress.Range> PROXIES = ClientAddress.parse("10.0.0.0/8, 192.0.2.7, ::1");

    @Test
    void withoutTrustedProxiesTheHeadersAreIgnored() {
        assertThat(ClientAddress.resolve("203.0.113.9", "for=198.51.100.1", "198.51.100.2", NONE))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void aPeerThatIsNoTrustedProxyCannotChooseItsAddress() {
        assertThat(ClientAddress.resolve("203.0.113.9", null, "1.2.3.4", PROXIES)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.resolve("203.0.113.9", "for=1.2.3.4", null, PROXIES)).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheNearestHopThatIsNoProxy() {
        assertThat(ClientAddress.resolve("10.1.2.3", null, "198.51.100.20", PROXIES)).isEqualTo("198.51.100.20");
        assertThat(ClientAddress.resolve("10.1.2.3", null, "6.6.6.6, 198.51.100.20, 192.0.2.7", PROXIES))
                .as("what the client itself wrote at the left is not believed").isEqualTo("198.51.100.20");
        assertThat(ClientAddress.resolve("192.0.2.7", null, null, PROXIES)).as("no header: the proxy itself")
                .isEqualTo("192.0.2.7");
        assertThat(ClientAddress.resolve("10.0.0.1", null, "10.0.0.2, 10.0.0.3", PROXIES))
                .as("only proxies: the farthest").isEqualTo("10.0.0.2");
    }

    @Test
    void theForwardedHeaderIsReadWithQuotesPortsAndIpv6() {
        assertThat(ClientAddress.resolve("::1", "for=\"[2001:db8:cafe::17]:4711\";proto=https, for=192.0.2.7",
                "6.6.6.6", PROXIES)).as("Forwarded wins over X-Forwarded-For").isEqualTo("2001:db8:cafe::17");
        assertThat(ClientAddress.resolve("10.9.9.9", "For=198.51.100.3:5000", null, PROXIES)).isEqualTo("198.51.100.3");
        assertThat(ClientAddress.resolve("10.9.9.9", "for=unknown", null, PROXIES)).isEqualTo("unknown");
    }

    @Test
    void aMistakeInTheConfigurationIsSaidAtOnce() {
        assertThatThrownBy(() -> ClientAddress.parse("proxy.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientAddress.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ClientAddress.parse(" ")).isEmpty();
    }
}
