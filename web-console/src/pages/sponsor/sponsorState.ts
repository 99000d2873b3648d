import type { components } from '../../api/generated/recruitment';

type SponsorView = components['schemas']['SponsorView'];

/** What a sponsor reads for where an application stands with them. */
export function sponsorState(application: SponsorView): { text: string; colour: 'blue' | 'green' | 'red' | 'grey' } {
  switch (application.state) {
    case 'AWAITING_YOU': return { text: 'Waiting for you', colour: 'blue' };
    case 'DEADLINE_PASSED': return { text: 'Deadline passed', colour: 'grey' };
    case 'WITHDRAWN': return { text: 'Withdrawn', colour: 'grey' };
    default: return application.endorsement === 'ENDORSED'
      ? { text: 'You endorsed', colour: 'green' } : { text: 'You did not endorse', colour: 'red' };
  }
}
