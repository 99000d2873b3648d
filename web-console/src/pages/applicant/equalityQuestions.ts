/**
 * The equality monitoring questions (docs/domain.md §3): the nine protected characteristics, each optional, each
 * with "Prefer not to say". Codes are the API's (recruitment's EqualityAnswers); ethnicity uses the NHS ethnic
 * category codes.
 */
const PREFER_NOT = { value: 'PREFER_NOT_TO_SAY', text: 'Prefer not to say' };
const YES_NO = [{ value: 'YES', text: 'Yes' }, { value: 'NO', text: 'No' }, PREFER_NOT];

export const EQUALITY_QUESTIONS = [
  { field: 'ethnicCategory', label: 'What is your ethnic group?', options: [
    ['A', 'White: British'], ['B', 'White: Irish'], ['C', 'White: any other White background'],
    ['D', 'Mixed: White and Black Caribbean'], ['E', 'Mixed: White and Black African'], ['F', 'Mixed: White and Asian'],
    ['G', 'Mixed: any other mixed background'], ['H', 'Asian or Asian British: Indian'],
    ['J', 'Asian or Asian British: Pakistani'], ['K', 'Asian or Asian British: Bangladeshi'],
    ['L', 'Asian or Asian British: any other Asian background'], ['M', 'Black or Black British: Caribbean'],
    ['N', 'Black or Black British: African'], ['P', 'Black or Black British: any other Black background'],
    ['R', 'Other ethnic group: Chinese'], ['S', 'Other ethnic group: any other ethnic group'], ['Z', 'Prefer not to say'],
  ].map(([value, text]) => ({ value, text })) },
  { field: 'ageBand', label: 'What is your age?', options: [
    ...['16-24', '25-34', '35-44', '45-54', '55-64', '65+'].map((band) => ({ value: band, text: band })), PREFER_NOT] },
  { field: 'sex', label: 'What is your sex?', options: [{ value: 'FEMALE', text: 'Female' }, { value: 'MALE', text: 'Male' }, PREFER_NOT] },
  { field: 'genderReassignment', label: 'Is the gender you identify with the same as your sex registered at birth? (answer "Yes" if you have reassigned your gender)', options: YES_NO },
  { field: 'sexualOrientation', label: 'What is your sexual orientation?', options: [
    { value: 'BISEXUAL', text: 'Bisexual' }, { value: 'GAY_OR_LESBIAN', text: 'Gay or lesbian' },
    { value: 'HETEROSEXUAL', text: 'Heterosexual or straight' }, { value: 'OTHER', text: 'Other' }, PREFER_NOT] },
  { field: 'disability', label: 'Do you consider yourself to have a disability?', options: YES_NO },
  { field: 'religionBelief', label: 'What is your religion or belief?', options: [
    { value: 'NO_RELIGION', text: 'No religion' }, { value: 'BUDDHIST', text: 'Buddhist' }, { value: 'CHRISTIAN', text: 'Christian' },
    { value: 'HINDU', text: 'Hindu' }, { value: 'JEWISH', text: 'Jewish' }, { value: 'MUSLIM', text: 'Muslim' },
    { value: 'SIKH', text: 'Sikh' }, { value: 'OTHER', text: 'Other' }, PREFER_NOT] },
  { field: 'marriageCivilPartnership', label: 'Are you married or in a civil partnership?', options: [
    { value: 'MARRIED', text: 'Married' }, { value: 'CIVIL_PARTNERSHIP', text: 'In a civil partnership' },
    { value: 'NEITHER', text: 'Neither' }, PREFER_NOT] },
  { field: 'pregnancyMaternity', label: 'Are you pregnant, or have you been on maternity leave in the last year?', options: YES_NO },
] as const;
