package io.taxstream.dashboard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxstream.processors.config.ConfigException;
import org.junit.jupiter.api.Test;

class NetworksTest {

    @Test
    void shouldContainAddressesInsideItsNetworks() {
        Networks networks = Networks.parse("k", "10.0.0.0/8, 192.168.1.7, 172.16.0.0/12, ::1/128, fd00::/8");
        assertThat(networks.contains("10.200.3.4")).isTrue();
        assertThat(networks.contains("192.168.1.7")).isTrue();
        assertThat(networks.contains("192.168.1.8")).isFalse();
        assertThat(networks.contains("172.31.255.255")).isTrue();
        assertThat(networks.contains("172.32.0.0")).isFalse();
        assertThat(networks.contains("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(networks.contains("[::1]")).isTrue();
        assertThat(networks.contains("fd12::5%eth0")).isTrue();
        assertThat(networks.contains("8.8.8.8")).isFalse();
    }

    @Test
    void shouldNeverResolveNames() {
        assertThat(Networks.parse("k", "127.0.0.0/8").contains("localhost")).isFalse();
        assertThatThrownBy(() -> Networks.parse("dashboard.open.networks", "intranet.example/24"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("dashboard.open.networks");
    }

    @Test
    void shouldRefuseAPrefixOutOfRange() {
        assertThatThrownBy(() -> Networks.parse("k", "10.0.0.0/33")).isInstanceOf(ConfigException.class);
    }

    @Test
    void shouldContainNothingWhenEmpty() {
        assertThat(Networks.parse("k", "").contains("127.0.0.1")).isFalse();
    }
}
