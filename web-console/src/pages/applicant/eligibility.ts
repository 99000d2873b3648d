import { BANDS, ORGANISATION_TYPES, PROFESSIONS, REGIONS, bandName } from '../../labels';

export interface EligibilityRules {
  minBand?: string;
  maxBand?: string;
  regions?: string[];
  professions?: string[];
  organisationTypes?: string[];
}

export interface Profile {
  band?: string;
  regionCode?: string;
  profession?: string;
  organisationType?: string;
}

/** The scheme's rules in words, for the intake page: empty when anyone may apply. */
export function describeRules(rules: EligibilityRules = {}): string[] {
  const words: string[] = [];
  if (rules.minBand && rules.maxBand) words.push(`You are at ${bandName(rules.minBand)} to ${bandName(rules.maxBand)}.`);
  else if (rules.minBand) words.push(`You are at ${bandName(rules.minBand)} or above.`);
  else if (rules.maxBand) words.push(`You are at ${bandName(rules.maxBand)} or below.`);
  if (rules.regions?.length) words.push(`You work in ${list(rules.regions.map((r) => REGIONS[r] ?? r))}.`);
  if (rules.professions?.length) words.push(`Your profession is ${list(rules.professions.map((p) => PROFESSIONS[p] ?? p).map((p) => p.toLowerCase()))}.`);
  if (rules.organisationTypes?.length) {
    words.push(`You work for ${list(rules.organisationTypes.map((o) => (ORGANISATION_TYPES[o] ?? o).toLowerCase()))}.`);
  }
  return words;
}

/**
 * Why the answers so far fall outside the rules: the same checks recruitment screens with on submission, so an
 * applicant learns before submitting, not after. Missing answers are not reasons.
 */
export function reasonsNotEligible(rules: EligibilityRules = {}, profile: Profile): string[] {
  const reasons: string[] = [];
  const rank = (band?: string) => (band ? BANDS.indexOf(band) : -1);
  if (profile.band && rules.minBand && rank(profile.band) < rank(rules.minBand)) {
    reasons.push(`This scheme is for ${bandName(rules.minBand)} or above; you said ${bandName(profile.band)}.`);
  }
  if (profile.band && rules.maxBand && rank(profile.band) > rank(rules.maxBand)) {
    reasons.push(`This scheme is for ${bandName(rules.maxBand)} or below; you said ${bandName(profile.band)}.`);
  }
  if (profile.regionCode && rules.regions?.length && !rules.regions.includes(profile.regionCode)) {
    reasons.push(`This scheme is for people working in ${list(rules.regions.map((r) => REGIONS[r] ?? r))}.`);
  }
  if (profile.profession && rules.professions?.length && !rules.professions.includes(profile.profession)) {
    reasons.push('This scheme is not open to your profession.');
  }
  if (profile.organisationType && rules.organisationTypes?.length && !rules.organisationTypes.includes(profile.organisationType)) {
    reasons.push('This scheme is not open to people from your type of organisation.');
  }
  return reasons;
}

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
