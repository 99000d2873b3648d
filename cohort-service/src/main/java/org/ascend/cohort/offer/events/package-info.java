/**
 * The offer feature's events: published on the offer topic, and heard in-process by the participant feature,
 * which enrols whoever accepts.
 */
@NamedInterface("events")
package org.ascend.cohort.offer.events;

import org.springframework.modulith.NamedInterface;
