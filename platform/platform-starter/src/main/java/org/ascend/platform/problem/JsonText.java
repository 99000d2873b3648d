package org.ascend.platform.problem;

/** What JSON text would decode to, checked without parsing it. */
final class JsonText {

    private JsonText() {
    }

    /**
     * A raw 0x00 byte, or the escape {@code \u0000} whose backslash is not itself escaped (so the
     * literal text {@code \\u0000}, a backslash followed by "u0000", is allowed).
     */
    static boolean hasNul(byte[] body) {
        int backslashes = 0;
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (b == 0) {
                return true;
            }
            if (b == '\\') {
                backslashes++;
                continue;
            }
            if (b == 'u' && backslashes % 2 == 1 && i + 4 < body.length
                    && body[i + 1] == '0' && body[i + 2] == '0' && body[i + 3] == '0' && body[i + 4] == '0') {
                return true;
            }
            backslashes = 0;
        }
        return false;
    }
}
