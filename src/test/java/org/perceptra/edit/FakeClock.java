package org.perceptra.edit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when told, so typing bursts are timed exactly. */
final class FakeClock extends Clock {
    private Instant now = Instant.parse("2024-01-01T00:00:00Z");

    void advance(Duration d) {
        now = now.plus(d);
    }

    void advanceMillis(long ms) {
        advance(Duration.ofMillis(ms));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
