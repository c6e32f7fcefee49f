import { FlowNode } from '../../model/types';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';
import { Vars } from '../variables';

export function evaluateBusinessRule(it: Interpreter, ei: ElementInstanceRow, node: FlowNode): Vars {
  throw new Error('todo');
}
