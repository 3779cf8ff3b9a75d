package dev.beacon.channel.ussd.callback;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceAddressesTest {

    @Test
    void addressesAndBlocksOfBothFamilies() {
        SourceAddresses allowed = SourceAddresses.parse(List.of("196.201.214.0/24", " 10.1.2.3 ", "2001:db8::/32"));
        assertTrue(allowed.allows("196.201.214.1"));
        assertTrue(allowed.allows("196.201.214.255"));
        assertFalse(allowed.allows("196.201.215.1"));
        assertTrue(allowed.allows("10.1.2.3"));
        assertFalse(allowed.allows("10.1.2.4"));
        assertTrue(allowed.allows("2001:db8:1::5"));
        assertTrue(allowed.allows("[2001:db8::1]"));
        assertFalse(allowed.allows("2001:db9::1"));
        assertFalse(allowed.allows("127.0.0.1"));
        assertFalse(allowed.allows("example.org"), "a name is never resolved");
        assertFalse(allowed.allows(""));
    }

    @Test
    void oddPrefixLengthsAndNothingConfigured() {
        SourceAddresses allowed = SourceAddresses.parse(List.of("192.168.0.0/23"));
        assertTrue(allowed.allows("192.168.1.200"));
        assertFalse(allowed.allows("192.168.2.1"));
        assertTrue(SourceAddresses.parse(List.of()).allows("203.0.113.9"));
        assertTrue(SourceAddresses.parse(List.of("0.0.0.0/0")).allows("203.0.113.9"));
    }

    @Test
    void aBadSettingStopsStartUp() {
        assertThrows(IllegalArgumentException.class, () -> SourceAddresses.parse(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> SourceAddresses.parse(List.of("at.example.org")));
    }
}
