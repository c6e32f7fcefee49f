/**
 * The message names the product's integrations publish (POST /v2/messages/publication), with who sends them.
 * The modeler's lint warns about a message catch event whose name is not here: nobody would ever correlate it.
 * Kept in step with the "Messages" table of processes/README.md.
 */
export const PUBLISHED_MESSAGES: Readonly<Record<string, string>> = {
  'voluntary-return-requested': 'officer records the applicant’s request (application, victim support)',
  'commission-appeal-filed': 'Commission registry: appeal filed (Art. 80(1)(a))',
  'court-action-filed': 'administrative court registry: action filed (Art. 80(1)(ç))',
  'accelerated-exit-requested': 'officer: exit from the accelerated track (Art. 79(3))',
  'readmission-accepted': 'readmission desk: the third country accepts',
  'readmission-refused': 'readmission desk: the third country refuses',
  'expert-evaluation-report': 'victim-support expert: evaluation report',
  'removal-action-filed': 'administrative court registry: action against the removal decision filed (Art. 53(3))',
  'removal-consented': 'officer: the person consents to leave during the court window (Art. 53(3))',
  'removal-departure-recorded': 'border gate: departure within the departure period (Art. 56(1))',
  'removal-executed': 'removal centre: removal carried out',
  'detention-release-ordered': 'criminal judge of peace: release from removal detention (Art. 57(6))',
  'withdrawal-ground-recorded': 'officer: an Art. 77(1) withdrawal ground recorded',
  'applicant-detention-proposed': 'officer: detention of an applicant proposed (Art. 68)',
  'applicant-detention-ended': 'officer or criminal judge of peace: applicant detention ended (Art. 68(7))',
};
