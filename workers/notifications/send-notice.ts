/**
 * yukk.notifications.send-notice — writes a notice to the persisted outbox and returns its id and instant
 * (`noticeId`, `notifiedAt`); appeal windows are counted from that instant (Art. 100; brief C(3)).
 * Task headers: `noticeType`, `citation`. Variable `noticeClock`: the engine time of the notice (FEEL now()).
 */
import { epochMsToTurkeyInstant } from '../../law';
import { JobInput, Variables } from '../support/job';
import { requireHeader } from '../support/variables';
import { composeNotice } from './notice';
import { NoticeOutbox } from './outbox';

export interface SendNoticeDeps {
  outbox: NoticeOutbox;
  now: () => number;
}

/**
 * The engine time the job carries: `noticeClock`, FEEL now() in the task's input mapping (the engine clock,
 * pinned in tests; Camunda has no clock-read endpoint). FEEL date-times may carry a zone id ("…Z[UTC]",
 * "…@Europe/Istanbul"); the offset before it fixes the instant. Undefined when absent or unreadable.
 */
export function engineTimeOf(value: unknown): number | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const iso = value.trim().replace(/\[[^\]]*\]$/, '').replace(/@[A-Za-z_/+-]+$/, '');
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

export function sendNotice(deps: SendNoticeDeps) {
  return (input: JobInput): Variables => {
    // Wall clock only for a job without the engine time (a diagram that lacks the mapping).
    const notifiedAt = epochMsToTurkeyInstant(engineTimeOf(input.variables.noticeClock) ?? deps.now());
    const notice = composeNotice(requireHeader(input, 'noticeType'), requireHeader(input, 'citation'), input.variables, notifiedAt);
    // A redelivered job finds its first notice and returns the original instant.
    const record = deps.outbox.put(`notice-${input.jobKey}`, notice, notifiedAt);
    return { noticeId: record.id, notifiedAt: record.createdAt };
  };
}
