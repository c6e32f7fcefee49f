// Recurring shapes of the Law 6458 procedures, so every deadline, escalation and notice looks the same.

export const JOB = {
  periodEnd: 'yukk.calendar.period-end',
  victimPermitTerm: 'yukk.calendar.victim-permit-term',
  sendNotice: 'yukk.notifications.send-notice',
  proposeRestriction: 'yukk.restrictions.propose-codes',
  screenApplication: 'yukk.rules.screen-application',
  acceleratedCriteria: 'yukk.rules.accelerated-criteria',
  inadmissibilityGrounds: 'yukk.rules.inadmissibility-grounds',
  victimTermination: 'yukk.rules.victim-termination',
  victimRenewal: 'yukk.rules.victim-renewal',
  voluntaryReturnScreening: 'yukk.rules.voluntary-return-screening',
  removalGrounds: 'yukk.rules.removal-grounds',
  decisionGuard: 'yukk.rules.decision-guard',
  detentionTerm: 'yukk.calendar.detention-term',
  deemedWithdrawal: 'yukk.rules.deemed-withdrawal',
  applicantDetention: 'yukk.rules.applicant-detention',
};

const feelString = (s) => JSON.stringify(s);

/**
 * Service task that writes the due instant of a statutory period into `result`, computed by the
 * legal calendar from the dated parameter in force on the start date (brief E.1, E.2).
 */
export function period(b, id, name, { parameter, from, result, citation, valueFrom }) {
  return b.serviceTask(
    id,
    name,
    `Computes ${result} = end of the period "${parameter}" (${citation}) counted from ${from} on the legal calendar (brief E.2)` +
      (valueFrom ? `, ${valueFrom} units long as chosen by the officer within the parameter's bound.` : '.'),
    { type: JOB.periodEnd, headers: { parameter, from, resultVariable: result, citation, ...(valueFrom ? { valueFrom } : {}) } },
  );
}

/**
 * Guard before the process acts on an officer's decision: the worker re-runs the rule on the recorded facts and
 * writes its verdict to `result` ({ accepted, outcome, departure, reasonTr, citation, citationTr, ruleOutcome }). Gateways
 * after it read only `result`, which nothing but this task writes, so a variable set through the API or a form
 * can never overturn a finding that says the law forbids the outcome. A refused choice goes back to the officer.
 */
export function guard(b, id, name, { decision, result, citation }) {
  return b.serviceTask(id, name, `Decision guard (${citation}): re-runs the rule on the recorded facts and refuses an outcome the law forbids; the verdict goes to ${result} and the officer sees the reason.`, {
    type: JOB.decisionGuard,
    headers: { decision },
    inputs: { guardClock: 'now()' },
    outputs: { [result]: 'guard' },
  });
}

/**
 * Decision notice into the outbox, addressed to the person, the legal representative or the lawyer
 * (Arts. 72(3), 78(6)). The notice instant is kept under `prefix`NotifiedAt: appeal windows start there.
 * The instant is the engine's: `noticeClock` = FEEL now() when the job is created (the engine clock, pinned
 * in tests), so the worker never dates a notice by its own wall clock.
 */
export function notice(b, id, name, { noticeType, citation, prefix, doc }) {
  return b.serviceTask(id, name, doc ?? `Writes the "${noticeType}" notice (${citation}) to the outbox.`, {
    type: JOB.sendNotice,
    headers: { noticeType, citation },
    inputs: { noticeClock: 'now()' },
    outputs: { [`${prefix}NoticeId`]: 'noticeId', [`${prefix}NotifiedAt`]: 'notifiedAt' },
  });
}

/**
 * Authority deadline: a non-interrupting timer on `host` marks the case and opens a supervisor task.
 * It never decides the case, and never holds it up (brief E.3): the timer's path is a branch of its own in
 * the scope that holds `host`, so `host` must be a step of that scope — a process-level activity, or the
 * sub-process that holds the watched step, never a step inside a sub-process (the sub-process would then wait
 * for the supervisor before the case could move on). On a sub-process, `pending` (FEEL) tells whether the
 * watched step is still open when the timer fires; when it is not, the timer ends quietly.
 */
export function escalation(b, { host, id, timerName, due, citation, mark, title, pending }) {
  const timer = b.boundary(`Timer_${id}`, timerName, `${timerName}: authority deadline (${citation}). When it passes, the case is marked ${mark} and a supervisor is asked to act; the case itself is not decided and does not wait for the supervisor (brief E.3).`, {
    attachedTo: host,
    interrupting: false,
    timerDate: due,
  });
  const markTask = b.scriptTask(`Mark_${id}`, 'Süre aşımını işaretle', `Sets ${mark} = true: the visible red mark on the monitor for the missed deadline (${citation}).`, {
    expression: 'true',
    result: mark,
  });
  const task = b.userTask(`Supervise_${id}`, `Süre aşımı: ${title}`, `Supervisor reviews the missed authority deadline (${citation}) and arranges the overdue step.`, {
    form: 'supervisor-escalation',
    group: 'supervisors',
    inputs: {
      escalationTitle: feelString(title),
      escalationCitation: feelString(citation),
      escalationDueAt: due,
    },
  });
  const end = b.end(`End_${id}`, 'Süre aşımı ele alındı', `Escalation of ${citation} handled.`);
  if (pending) {
    const gateway = b.exclusive(`Gateway_${id}`, 'Adım hâlâ açık mı?', `The watched step is still open when ${pending}; otherwise it was done in time and nothing is escalated.`);
    const met = b.end(`End_${id}Met`, 'Süresinde yapıldı', `The step was done within the period (${citation}).`);
    b.flow(timer, gateway);
    b.flow(gateway, markTask, { name: 'Evet', condition: pending });
    b.flow(gateway, met, { name: 'Hayır', isDefault: true });
    b.chain(markTask, task, end);
  } else {
    b.chain(timer, markTask, task, end);
  }
  return { timer, markTask, task, end };
}

/** Court ruling recorded by an officer; the 15-day ruling period of Art. 80(1)(d) escalates when missed. */
export function courtRuling(b, prefix, { citation, doc }) {
  const task = b.userTask(`${prefix}_RecordCourtRuling`, 'Mahkeme kararını kaydet', doc, {
    form: 'court-ruling',
    inputs: { courtRulingCitation: feelString(citation) },
  });
  return task;
}

/**
 * Calls the removal track (Arts. 53–57) with the facts the caller knows; the removal process checks them itself
 * (grounds, bars) and an officer decides there. `caseNumber` is the caller's case or application number.
 */
export function removalCall(b, id, { caseNumber, person, facts, referredFrom, doc }) {
  return b.callActivity(id, 'Sınır dışı etme (Md. 53–57)', doc, {
    processId: 'removal',
    inputs: { caseNumber, person, representative: 'representative', removalFacts: facts, referredFrom: JSON.stringify(referredFrom) },
    outputs: { removalOutcome: 'removalOutcome' },
  });
}
