import { createHash } from 'node:crypto';

/**
 * Logs never carry personal data in plain text (names, addresses, case numbers that identify a person):
 * a short one-way reference lets operators correlate log lines with a case they already know.
 */
export function caseRef(caseNumber: unknown): string {
  if (typeof caseNumber !== 'string' || caseNumber.length === 0) return 'case#-';
  return 'case#' + createHash('sha256').update(caseNumber).digest('hex').slice(0, 10);
}
