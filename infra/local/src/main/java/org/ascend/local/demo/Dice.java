package org.ascend.local.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Chance for the demo from a hash of the ids involved: the same ids always give the same scores and attendance. */
final class Dice {

    private Dice() {
    }

    /** A number in [0, bound) fixed by the given parts. */
    static int roll(int bound, Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            key.append(part).append('|');
        }
        long bits = UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
        return (int) Math.floorMod(bits, (long) bound);
    }
}
