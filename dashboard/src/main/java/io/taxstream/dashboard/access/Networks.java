package io.taxstream.dashboard.access;

import io.taxstream.processors.config.ConfigException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** A list of CIDR networks (IPv4 and IPv6) that a client address may belong to. */
public final class Networks {

    private final List<Cidr> cidrs;

    private record Cidr(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private Networks(List<Cidr> cidrs) {
        this.cidrs = List.copyOf(cidrs);
    }

    public static Networks none() {
        return new Networks(List.of());
    }

    /** Parses {@code 10.0.0.0/8,::1/128,192.168.1.7}; an address without a prefix is that address alone. */
    public static Networks parse(String key, String value) {
        List<Cidr> out = new ArrayList<>();
        for (String item : value.split(",")) {
            String s = item.trim();
            if (s.isEmpty()) {
                continue;
            }
            int slash = s.indexOf('/');
            String host = slash < 0 ? s : s.substring(0, slash);
            if (!host.matches("[0-9a-fA-F:.]+")) {
                throw new ConfigException(key, "'" + s + "' is not an IP network such as 10.0.0.0/8");
            }
            try {
                byte[] address = InetAddress.getByName(host).getAddress();
                int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(s.substring(slash + 1));
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new ConfigException(key, "'" + s + "' has a prefix out of range");
                }
                out.add(new Cidr(address, prefix));
            } catch (UnknownHostException | NumberFormatException e) {
                throw new ConfigException(key, "'" + s + "' is not an IP network such as 10.0.0.0/8");
            }
        }
        return new Networks(out);
    }

    /** Whether the address (textual IP) lies in one of the networks; false for anything unparsable. */
    public boolean contains(String ip) {
        if (ip == null || cidrs.isEmpty()) {
            return false;
        }
        String bare = ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
        int zone = bare.indexOf('%');
        bare = zone >= 0 ? bare.substring(0, zone) : bare;
        if (!bare.matches("[0-9a-fA-F:.]+")) {
            return false; // never resolve a name
        }
        try {
            byte[] address = InetAddress.getByName(bare).getAddress();
            return cidrs.stream().anyMatch(c -> c.contains(address));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
