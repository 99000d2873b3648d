/**
 * The scoring feature's events: sheets submitted and moderation required. Other features may use them (reliability
 * marks a stage for its next publication on each submitted sheet).
 */
@NamedInterface("events")
package org.ascend.assessment.scoring.events;

import org.springframework.modulith.NamedInterface;
