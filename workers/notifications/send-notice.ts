/**
 * yukk.notifications.send-notice — writes a notice to the persisted outbox and returns its id and instant
 * (`noticeId`, `notifiedAt`); appeal windows are counted from that instant (Art. 100; brief C(3)).
 * Task headers: `noticeType`, `citation`.
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

export function sendNotice(deps: SendNoticeDeps) {
  return (input: JobInput): Variables => {
    const notifiedAt = epochMsToTurkeyInstant(deps.now());
    const notice = composeNotice(requireHeader(input, 'noticeType'), requireHeader(input, 'citation'), input.variables, notifiedAt);
    // A redelivered job finds its first notice and returns the original instant.
    const record = deps.outbox.put(`notice-${input.jobKey}`, notice, notifiedAt);
    return { noticeId: record.id, notifiedAt: record.createdAt };
  };
}
