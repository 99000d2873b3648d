/**
 * The case feature's events: those it publishes (case opened, assessment completed, which scoring and
 * moderation both announce) and its own views of recruitment's events. Other features may use them.
 */
@NamedInterface("events")
package org.ascend.assessment.assessmentcase.events;

import org.springframework.modulith.NamedInterface;
