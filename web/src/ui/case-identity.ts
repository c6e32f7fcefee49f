/** Who a case is about, as officers recognise it: number, name, nationality, date of birth (dd.MM.yyyy). */
import type { CaseIdentity } from '../core/api';
import { formatDate } from '../core/datetime';
import { h } from '../core/dom';
import { t } from '../i18n';

/** Link to the case page, when the case has a number. */
export const caseHref = (identity: CaseIdentity | null | undefined): string | null =>
  identity?.applicationNumber ? `#/cases/${encodeURIComponent(identity.applicationNumber)}` : null;

/** One line: `XX-2026-000123 · Name Surname · Nationality · 04.03.1990`. */
export function caseIdentityLine(identity: CaseIdentity | null | undefined, opts: { link?: boolean } = {}): HTMLElement {
  if (!identity || (!identity.applicationNumber && !identity.fullName)) return h('span', { class: 'case-identity muted', 'data-testid': 'case-identity' }, t('case.unknown'));
  const number = identity.applicationNumber ? h('span', { class: 'case-number' }, identity.applicationNumber) : null;
  const href = opts.link ? caseHref(identity) : null;
  return h(
    'span',
    { class: 'case-identity', 'data-testid': 'case-identity', 'data-application-number': identity.applicationNumber ?? '' },
    href && number ? h('a', { href, class: 'case-link', 'data-testid': 'case-link' }, number) : number,
    identity.fullName ? h('span', { class: 'case-name' }, identity.fullName) : null,
    identity.nationality ? h('span', { class: 'case-nationality' }, identity.nationality) : null,
    identity.dateOfBirth ? h('span', { class: 'case-dob', title: t('case.dateOfBirth') }, formatDate(identity.dateOfBirth)) : null,
  );
}
