package com.caresupport.gateway.ops;

import static com.caresupport.gateway.testing.Management.management;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code /q/metrics} from the management port: the sum of one metric's samples with the given labels. */
final class Scrape {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)");

    private Scrape() {
    }

    /** Sum of {@code name}'s samples carrying every {@code label="value"} given (as {@code "label", "value"} pairs). */
    static double value(String name, String... labels) {
        String text = management().get("/metrics").then().statusCode(200).extract().asString();
        double sum = 0;
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (!m.find() || !m.group(1).equals(name)) {
                continue;
            }
            String set = m.group(2) == null ? "" : m.group(2);
            boolean all = true;
            for (int i = 0; i + 1 < labels.length; i += 2) {
                all &= set.contains(labels[i] + "=\"" + labels[i + 1] + "\"");
            }
            if (all) {
                sum += Double.parseDouble(m.group(3));
            }
        }
        return sum;
    }

    static String describe(String name, String... labels) {
        return name + Arrays.toString(labels);
    }
}
