/**
 * The career feature's events: published on the career topic, and heard in-process by the talent and network
 * features, which drop a person whose consent is withdrawn (or who stops sharing) in the same transaction.
 */
@NamedInterface("events")
package org.ascend.cohort.career.events;

import org.springframework.modulith.NamedInterface;
