package com.caresupport.gateway.sandbox;

/** Linq's cursor paging: an opaque cursor (an offset here), limit 1-100, a null cursor on the last page. */
final class Paging {

    private Paging() {
    }

    static int limit(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit < 1 || limit > 100) {
                throw LinqError.invalid("limit must be between 1 and 100");
            }
            return limit;
        } catch (NumberFormatException e) {
            throw LinqError.invalid("limit must be a number");
        }
    }

    static int offset(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(cursor);
            if (offset < 0) {
                throw LinqError.invalid("Invalid cursor");
            }
            return offset;
        } catch (NumberFormatException e) {
            throw LinqError.invalid("Invalid cursor");
        }
    }

    static String next(int offset, int limit, int total) {
        return offset + limit < total ? Integer.toString(offset + limit) : null;
    }
}
