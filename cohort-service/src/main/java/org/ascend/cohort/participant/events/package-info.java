/**
 * The participant feature's events: published on the participant topic, and heard in-process by the career feature,
 * which re-dates a consenting participant's tracking period from the day they complete.
 */
@NamedInterface("events")
package org.ascend.cohort.participant.events;

import org.springframework.modulith.NamedInterface;
