import type { components } from '../../api/generated/recruitment';

export type Intake = components['schemas']['Intake'];
export type Scheme = components['schemas']['Scheme'];
export type Question = components['schemas']['Question'];
export type ApplicationView = components['schemas']['ApplicationView'];

/** A draft application: any part of the application form (recruitment's ApplicationForm), saved as it is filled. */
export interface DraftContent {
  givenName?: string;
  familyName?: string;
  applicantEmail?: string;
  regionCode?: string;
  band?: string;
  organisationCode?: string;
  organisationType?: string;
  profession?: string;
  currentRole?: string;
  confirmsTargetedGroup?: boolean;
  answers?: Record<string, string | string[]>;
  sponsor?: { name?: string; email?: string };
}

/** The pages of the application form, in order; check-your-answers follows the last. */
export const STEPS = [
  { slug: 'about-you', title: 'About you' },
  { slug: 'your-role', title: 'Your role' },
  { slug: 'questions', title: 'Application questions' },
  { slug: 'sponsor', title: 'Your sponsor' },
] as const;

export type StepSlug = (typeof STEPS)[number]['slug'];

/** The page that asks for a field, so an error found at submission links back to it. */
export function stepOf(field: string): StepSlug {
  if (['givenName', 'familyName', 'applicantEmail'].includes(field)) return 'about-you';
  if (field.startsWith('answers')) return 'questions';
  if (field.startsWith('sponsor')) return 'sponsor';
  return 'your-role';
}
