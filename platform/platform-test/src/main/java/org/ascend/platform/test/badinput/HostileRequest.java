package org.ascend.platform.test.badinput;

import java.util.Map;

/**
 * One hostile request: which kind of attack it is, what it is sent to, and as whom ({@code role} null: no token;
 * "forged": a token no one issued).
 */
record HostileRequest(String kind, String method, String path, Map<String, String> headers, byte[] body, String role) {

    boolean write() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }
}
