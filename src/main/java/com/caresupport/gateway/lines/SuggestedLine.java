package com.caresupport.gateway.lines;

/** The line Linq suggests sending from, and the URL of its contact card (vCard). */
public record SuggestedLine(boolean success, String phoneNumber, String vcfUrl) {
}
