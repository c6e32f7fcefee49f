/** "variables: a, b" — names only, for audit details: a variable's value is applicant data and never logged. */
export const variableNames = (variables: Record<string, unknown> | undefined | null): string =>
  `variables: ${Object.keys(variables ?? {}).sort().join(', ') || '(none)'}`;
