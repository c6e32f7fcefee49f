import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/roles';
import { CaseIdentity, CaseIdentityService } from '../ui-api/case-identity';

/** The identity fields a row shows; their names (never their values) go to the audit log. */
const FIELDS: (keyof CaseIdentity)[] = ['applicationNumber', 'fullName', 'nationality', 'dateOfBirth'];

/**
 * Who each row of a monitor list is about: one identity lookup for the whole page (not one per row), and one audit
 * entry for the read — the applicant's name, nationality and date of birth are personal data. The entry names the
 * fields and counts the cases, like the case page's `case.read`; a search's text is recorded only by its length.
 */
@Injectable()
export class CaseRows {
  constructor(
    private readonly identities: CaseIdentityService,
    private readonly audit: AuditService,
  ) {}

  /** Instance keys whose identity matches the query: the matcher of the case search (GET /api/cases). */
  async matching(query: string): Promise<Map<string, CaseIdentity>> {
    return this.identities.search(query);
  }

  /** Identity without an audit entry of its own: for reads the caller audits already (the instance page's instance.read). */
  async identify<T extends { processInstanceKey: string }>(rows: T[]): Promise<(T & { case: CaseIdentity | null })[]> {
    const byInstance = await this.identities.forInstances(rows.map((r) => r.processInstanceKey));
    return rows.map((r) => ({ ...r, case: byInstance.get(r.processInstanceKey) ?? null }));
  }

  async attach<T extends { processInstanceKey: string }>(user: Principal, action: string, rows: T[], query?: string): Promise<(T & { case: CaseIdentity | null })[]> {
    const searched = query ? `query of ${[...query.trim()].length} characters; ` : '';
    return this.audit.around(
      { username: user.username, action, resourceType: 'case', resourceKey: '*', detail: `${searched}identity` },
      () => this.identify(rows),
      (out) => {
        const cases = new Set(out.map((r) => r.case?.applicationNumber).filter(Boolean)).size;
        return { detail: `${searched}identity: ${FIELDS.join(', ')}; ${out.length} rows, ${cases} cases` };
      },
    );
  }
}
