package org.ascend.platform.events.consume;

/** An event that can never be processed: no retry, straight to the dead-letter topic. */
public class EventRejectedException extends RuntimeException {

    public EventRejectedException(String message) {
        super(message);
    }
}
