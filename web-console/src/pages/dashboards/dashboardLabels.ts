import { REGIONS } from '../../labels';

/** Words for the reporting API's stage and characteristic codes. */
export const FUNNEL_STAGES: Record<string, string> = {
  applied: 'Applied', eligible: 'Eligible', endorsed: 'Endorsed', shortlisted: 'Shortlisted', offered: 'Offered',
  enrolled: 'Enrolled', completed: 'Completed', progressed: 'Progressed in their career',
};

export function stageLabel(stage?: string): string {
  if (!stage) return '';
  return FUNNEL_STAGES[stage] ?? stage.replace(/[-_]/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export const CHARACTERISTICS: Record<string, string> = {
  'ethnic-group': 'Ethnic group', bme: 'BME or White', sex: 'Sex', disability: 'Disability', 'age-band': 'Age band',
  'sexual-orientation': 'Sexual orientation', 'religion-belief': 'Religion or belief', region: 'Region',
};

export const RELIABILITY_BANDS: Record<string, string> = {
  EXCELLENT: 'Excellent', GOOD: 'Good', MODERATE: 'Moderate', TENTATIVE: 'Tentative', POOR: 'Poor',
  UNRELIABLE: 'Unreliable', INSUFFICIENT_DATA: 'Not enough data',
};

/** A category or group as people read it: a region's name, or the code in words (PREFER_NOT_TO_SAY: Prefer not to say). */
export function categoryLabel(code: string): string {
  if (REGIONS[code]) return REGIONS[code];
  if (/^[A-Z0-9_]+$/.test(code) && /[A-Z]{2}/.test(code) && code !== 'BME') {
    return code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
  }
  return code;
}

/** A disclosure-controlled figure as people read it: hidden ones as *, explained once under the table. */
export function shown(figure?: { value?: number | null; suppressed?: boolean }): string {
  if (!figure) return '';
  return figure.suppressed || figure.value === null || figure.value === undefined ? '*' : String(figure.value);
}
