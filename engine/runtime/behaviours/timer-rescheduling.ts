import { invalidArgument } from '../../errors';
import { evaluateExpr } from '../../feel/feel';
import type { Interpreter } from '../interpreter';
import { scheduleTimer } from '../timer-spec';

/**
 * Re-evaluates the `timeDate` expressions of the open date timers of one process instance against the current
 * variables and moves the timers whose instant changed. Zeebe evaluates a timer once, when it opens; this is the
 * explicit command a caller uses after correcting the variable a timer reads (e.g. a due date recomputed on the
 * legal calendar). Duration and cycle timers are left alone: re-evaluating them would restart them from now.
 */
export function rescheduleDateTimers(it: Interpreter, processInstanceKey: number): Array<{ timerKey: number; elementId: string; from: number; to: number }> {
  const moved: Array<{ timerKey: number; elementId: string; from: number; to: number }> = [];
  for (const timer of it.stores.timers.openDateTimersOf(processInstanceKey)) {
    const owner = it.ei(timer.element_instance_key!);
    if (owner.state !== 'ACTIVE') continue;
    const t = it.model(owner).nodes.get(timer.element_id)?.event?.timer;
    if (!t || t.kind !== 'date') continue;
    const value = evaluateExpr(t.expr, it.vars.context(owner.key)).value;
    let dueAt: number;
    try {
      dueAt = scheduleTimer('date', value, it.now()).dueAt;
    } catch (err) {
      throw invalidArgument(`Element '${timer.element_id}': the timer date no longer evaluates: ${(err as Error).message}`);
    }
    if (dueAt === timer.due_at) continue;
    it.stores.timers.postpone(timer.key, dueAt);
    it.history('TIMER', 'RESCHEDULED', timer.key, timer.process_instance_key, timer.element_id, null, { from: timer.due_at, dueAt });
    moved.push({ timerKey: timer.key, elementId: timer.element_id, from: timer.due_at, to: dueAt });
  }
  return moved;
}
