package com.caresupport.gateway.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LogMaskTest {

    @Test
    void phoneNumbersKeepOnlyTheirEnds() {
        assertEquals("+1********01", LogMask.handle("+15551230001"));
    }

    @Test
    void emailAddressesKeepTheirFirstLetterAndDomain() {
        assertEquals("j***@example.org", LogMask.handle("jane.doe@example.org"));
    }

    @Test
    void messageTextIsReducedToItsLength() {
        assertEquals("[12 characters]", LogMask.text("Thank you!!!"));
        assertNull(LogMask.text(null));
    }

    @Test
    void handlesInsideFreeTextAreMasked() {
        assertEquals("Invalid recipient +4*******99 (ask j***@example.org)",
                LogMask.in("Invalid recipient +4412345699 (ask jo@example.org)"));
    }
}
