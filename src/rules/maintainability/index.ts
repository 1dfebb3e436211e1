import type { Rule } from '../types';
import { unusedImport } from './unused-import';

/** Every maintainability rule. Add a rule here when its module is written. */
export const MAINTAINABILITY_RULES: readonly Rule[] = [unusedImport];
