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
};
