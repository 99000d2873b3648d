/** The short reference people quote for an application: never a name. */
export function reference(applicationId?: string): string {
  return (applicationId ?? '').slice(0, 8).toUpperCase();
}

const STAGES: Record<string, string> = { SIFT: 'Sift', ASSESSMENT_CENTRE: 'Assessment centre', INTERVIEW: 'Interview' };

export function stageName(stage?: string): string {
  return STAGES[stage ?? ''] ?? stage ?? '';
}
