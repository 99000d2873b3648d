package org.ascend.platform.problem;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding what JSON text would decode to a NUL character, without parsing it. */
class JsonTextTest {

    @Test
    void theEscapeU0000IsANul() {
        assertThat(JsonText.hasNul(bytes("{\"name\":\"a\\u0000b\"}"))).isTrue();
        assertThat(JsonText.hasNul(bytes("{\"a\\u0000\":1}"))).as("in a key too").isTrue();
    }

    @Test
    void aRawZeroByteIsANul() {
        assertThat(JsonText.hasNul(new byte[] {'{', '"', 'a', '"', ':', '"', 0, '"', '}'})).isTrue();
    }

    @Test
    void anEscapedBackslashBeforeU0000IsOrdinaryText() {
        assertThat(JsonText.hasNul(bytes("{\"path\":\"C:\\\\u0000\"}"))).isFalse();
        assertThat(JsonText.hasNul(bytes("{\"path\":\"C:\\\\\\u0000\"}"))).as("an odd run of backslashes escapes again").isTrue();
    }

    @Test
    void otherEscapesAndTextAreFine() {
        assertThat(JsonText.hasNul(bytes("{\"a\":\"\\u0001 \\u00e9 u0000 \\n\"}"))).isFalse();
        assertThat(JsonText.hasNul(bytes("{\"a\":\"\\u000\"}"))).as("too short to be an escape of 0").isFalse();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
