import { activateBody, completeBody } from '../behaviours/multi-instance';
import { ElementProcessor } from './processor';

/**
 * The body of a multi-instance activity (Zeebe's MultiInstanceBodyProcessor): it evaluates the input
 * collection, runs the inner instances and completes after them (behaviours/multi-instance.ts).
 */
export const multiInstanceBody: ElementProcessor = {
  activate: activateBody,
  complete: (it, body, node) => completeBody(it, body, node),
};
