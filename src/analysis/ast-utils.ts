import { ASTUtils } from '@typescript-eslint/utils';

// typescript-eslint's `ASTUtils` helpers, read once: its CommonJS re-exports are getters, so every `ASTUtils.x` written
// in a path the analysis runs per node is one more function call.
export const findVariable: typeof ASTUtils.findVariable = ASTUtils.findVariable;
export const getPropertyName: typeof ASTUtils.getPropertyName = ASTUtils.getPropertyName;
export const getStaticValue: typeof ASTUtils.getStaticValue = ASTUtils.getStaticValue;
