/** Reads pysnmp calls, for the SNMP rules (B508, B509). */
import type { CallModel, CallSite } from '../../analysis/calls';

/** The calls to pysnmp's class or function `name`, from whichever pysnmp module it is imported. */
export function snmpCalls(model: CallModel, name: string): CallSite[] {
  return model.calls.filter((c) => {
    const q = c.assumedName;
    return q !== undefined && q.startsWith('pysnmp.') && q.endsWith(`.${name}`);
  });
}
