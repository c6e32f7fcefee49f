/**
 * What the server says, in the UI language. The API words its problem details in English (they are also read by
 * scripts); the ones an officer meets are mapped here, others are shown as sent, prefixed with the status.
 */
import { ApiError } from '../core/http';
import { t, MessageKey } from '../i18n';
import { localizeDates } from '../core/datetime';

const KNOWN: [RegExp, MessageKey][] = [
  [/^Implausible dates$/, 'problem.implausibleDates'],
  [/^Request validation failed$/, 'problem.validation'],
  [/^Start variables do not match the procedure contract$/, 'problem.contract'],
  [/^Not an application or case number$/, 'problem.notCaseNumber'],
  [/^Not a task of your groups$/, 'problem.notYourGroup'],
  [/^Only the assignee can (complete|release) the task$/, 'problem.onlyAssignee'],
  [/^No case with this application number$/, 'problem.noCase'],
  [/^Claim the task first$/, 'problem.claimFirst'],
  [/^Variables not on the task's form$/, 'problem.outsideForm'],
  [/^The task's form is not available$/, 'problem.formUnavailable'],
  [/^Task is assigned to someone else$/, 'problem.assignedElsewhere'],
  [/^Task is not assigned$/, 'problem.notAssigned'],
  [/^Runtime not reachable$/, 'problem.runtimeDown'],
  [/^Internal error$/, 'problem.internal'],
];

export function problemText(err: unknown): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  if (err.status === 0) return t('common.network');
  for (const [re, key] of KNOWN) if (re.test(err.message)) return t(key);
  return `${err.status}: ${localizeDates(err.message)}`;
}
