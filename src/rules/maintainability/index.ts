import type { Rule } from '../types';
import { cognitiveComplexity } from './cognitive-complexity';
import { cyclomaticComplexity } from './cyclomatic-complexity';
import { missingClassDocstring } from './missing-class-docstring';
import { missingFunctionDocstring } from './missing-function-docstring';
import { missingModuleDocstring } from './missing-module-docstring';
import { tooManyArguments } from './too-many-arguments';
import { tooManyBranches } from './too-many-branches';
import { tooManyNestedBlocks } from './too-many-nested-blocks';
import { tooManyStatements } from './too-many-statements';
import {
  invalidArgumentName,
  invalidClassName,
  invalidFunctionName,
  invalidVariableName,
} from './naming';
import { inconsistentNaming } from './inconsistent-naming';
import { unusedImport } from './unused-import';
import { unusedSuppression } from './unused-suppression';
import { unusedVariable } from './unused-variable';

/** Every maintainability rule. Add a rule here when its module is written. */
export const MAINTAINABILITY_RULES: readonly Rule[] = [unusedImport, unusedSuppression, unusedVariable,
  invalidClassName, invalidFunctionName, invalidArgumentName, invalidVariableName, inconsistentNaming,
  cyclomaticComplexity, cognitiveComplexity, tooManyArguments, tooManyBranches, tooManyStatements, tooManyNestedBlocks,
  missingModuleDocstring, missingClassDocstring, missingFunctionDocstring];
