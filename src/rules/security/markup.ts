/** Reads the string that `mark_safe`/`Markup`-style calls mark as safe HTML (B703, B704). */
import { type CallSite } from '../../analysis/calls';
import { argumentAt } from '../../analysis/arguments';
import { stringLiteralValue } from '../../analysis/literals';

/** True when the call's first argument (`s=`/`object=`) is given and is not a literal string. */
export function marksNonLiteral(call: CallSite): boolean {
  const value = argumentAt(call.node, 0, 's') ?? argumentAt(call.node, 0, 'object');
  return value !== undefined && value.type !== 'list_splat' && stringLiteralValue(value) === undefined;
}
