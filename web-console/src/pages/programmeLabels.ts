/** Words for the states of a cohort's programme, shared by the participant's and the programme team's pages. */
type Colour = 'blue' | 'green' | 'red' | 'grey' | 'yellow' | 'white' | 'orange' | 'purple';

const PARTICIPANT_STATUSES: Record<string, { text: string; colour: Colour }> = {
  ACTIVE: { text: 'Taking part', colour: 'green' }, DEFERRED: { text: 'Deferred', colour: 'purple' },
  WITHDRAWN: { text: 'Withdrawn', colour: 'grey' }, COMPLETED: { text: 'Completed', colour: 'blue' },
};

export const SESSION_KINDS: Record<string, string> = {
  MODULE: 'Module', ACTION_LEARNING_SET: 'Action learning set', MASTERCLASS: 'Masterclass', COACHING: 'Coaching',
  PLACEMENT: 'Placement', SHADOWING: 'Shadowing',
};

export const ATTENDANCE: Record<string, string> = { ATTENDED: 'Attended', APOLOGIES: 'Sent apologies', ABSENT: 'Absent' };

/** A date and time as people read them, in UK time. */
export function dateTime(instant?: string): string {
  return instant ? new Date(instant).toLocaleString('en-GB', {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London',
  }) : '';
}

export const ROLE_FAMILIES: Record<string, string> = {
  CHIEF_PEOPLE_OFFICER: 'Chief people officer', DIRECTOR_OF_WORKFORCE: 'Director of workforce', OTHER_DIRECTOR: 'Another director role',
  DEPUTY_DIRECTOR: 'Deputy director', ASSOCIATE_DIRECTOR: 'Associate director', HEAD_OF_SERVICE: 'Head of service', OTHER: 'Other',
};

/** A participant's status as a tag's words and colour. */
export function participantStatus(status?: string): { text: string; colour: Colour } {
  return PARTICIPANT_STATUSES[status ?? ''] ?? { text: status ?? '', colour: 'grey' };
}
