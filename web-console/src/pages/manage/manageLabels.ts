type Colour = 'blue' | 'green' | 'red' | 'grey' | 'yellow' | 'white' | 'orange' | 'purple';

export const INTAKE_STATUSES: Record<string, { text: string; colour: Colour }> = {
  DRAFT: { text: 'Draft', colour: 'grey' }, OPEN: { text: 'Open', colour: 'green' },
  CLOSED: { text: 'Closed', colour: 'blue' }, ARCHIVED: { text: 'Archived', colour: 'white' },
};

export const CASE_STATUSES: Record<string, { text: string; colour: Colour }> = {
  PENDING: { text: 'Waiting for allocation', colour: 'grey' }, INELIGIBLE: { text: 'Not eligible', colour: 'white' },
  ALLOCATED: { text: 'Being scored', colour: 'yellow' }, EXTRA_ASSESSOR: { text: 'Extra assessor called', colour: 'orange' },
  MODERATION_REQUIRED: { text: 'Needs moderation', colour: 'orange' }, SCORED: { text: 'Scored', colour: 'blue' },
  MODERATED: { text: 'Moderated', colour: 'blue' }, PROGRESSED: { text: 'Progressed', colour: 'green' },
  NOT_PROGRESSED: { text: 'Not progressed', colour: 'red' }, WITHDRAWN: { text: 'Withdrawn', colour: 'grey' },
  ERASED: { text: 'Erased', colour: 'grey' },
};

export const OFFER_STATUSES: Record<string, { text: string; colour: Colour }> = {
  WAITLISTED: { text: 'Waiting list', colour: 'grey' }, OFFERED: { text: 'Offered', colour: 'yellow' },
  DEFERRAL_REQUESTED: { text: 'Asked to defer', colour: 'orange' }, ACCEPTED: { text: 'Accepted', colour: 'green' },
  DECLINED: { text: 'Declined', colour: 'red' }, EXPIRED: { text: 'Expired', colour: 'white' },
  DEFERRED: { text: 'Deferred', colour: 'purple' }, WITHDRAWN: { text: 'Withdrawn', colour: 'grey' },
};
