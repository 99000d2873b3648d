/** Words people read for the API's codes (docs/domain.md §1). */
export const REGIONS: Record<string, string> = {
  Y56: 'London', Y58: 'South West', Y59: 'South East', Y60: 'Midlands', Y61: 'East of England',
  Y62: 'North West', Y63: 'North East and Yorkshire',
};

export const BANDS = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9', 'VSM'];

export function bandName(band: string): string {
  return band === 'VSM' ? 'Very senior manager' : `Band ${band}`;
}

export const ORGANISATION_TYPES: Record<string, string> = {
  ACUTE_TRUST: 'Acute trust', MENTAL_HEALTH_TRUST: 'Mental health trust', COMMUNITY_TRUST: 'Community trust',
  AMBULANCE_TRUST: 'Ambulance trust', INTEGRATED_CARE_BOARD: 'Integrated care board', PRIMARY_CARE: 'Primary care',
  NHS_ENGLAND: 'NHS England', ARMS_LENGTH_BODY: "Arm's length body", OTHER: 'Other',
};

export const PROFESSIONS: Record<string, string> = {
  HR_AND_ORGANISATIONAL_DEVELOPMENT: 'HR and organisational development', NURSING_AND_MIDWIFERY: 'Nursing and midwifery',
  MEDICAL_AND_DENTAL: 'Medical and dental', ALLIED_HEALTH_PROFESSIONS: 'Allied health professions',
  HEALTHCARE_SCIENCE: 'Healthcare science', PHARMACY: 'Pharmacy', FINANCE: 'Finance',
  DIGITAL_AND_INFORMATION: 'Digital and information', ESTATES_AND_FACILITIES: 'Estates and facilities',
  OPERATIONAL_MANAGEMENT: 'Operational management', CORPORATE_AND_GOVERNANCE: 'Corporate and governance', OTHER: 'Other',
};

export const APPLICATION_STATUSES: Record<string, { text: string; colour: 'blue' | 'green' | 'red' | 'grey' | 'yellow' }> = {
  SUBMITTED: { text: 'Submitted', colour: 'blue' },
  SCREENED: { text: 'Screened', colour: 'blue' },
  IN_ASSESSMENT: { text: 'Being assessed', colour: 'yellow' },
  SUCCESSFUL: { text: 'Successful', colour: 'green' },
  UNSUCCESSFUL: { text: 'Not successful', colour: 'red' },
  WITHDRAWN: { text: 'Withdrawn', colour: 'grey' },
};

export function options(names: Record<string, string>) {
  return Object.entries(names).map(([value, text]) => ({ value, text }));
}

export function date(instant?: string): string {
  return instant ? new Date(instant).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) : '';
}
