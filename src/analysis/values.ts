import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { importedProjectConstant } from '../constants/project-module.js';
import { resolveLibraryConstant } from '../constants/resolve.js';
import { findVariable, getPropertyName, getStaticValue } from './ast-utils.js';
import { typeInfoOfScope } from './type-info.js';
import type { NumberStatusValue, StatusValue, StringStatusValue } from './types.js';

const UNKNOWN: StatusValue = { kind: 'unknown' };

/** Strips wrappers that do not change a value: `(x as number)`, `x!`, `x satisfies T`, `a?.b`. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** A member's property name as far as the syntax tells (`res.status`, `res['status']`); null when it needs the scope. */
export function staticPropertyName(member: TSESTree.MemberExpression): string | null {
  const property = member.property;
  if (!member.computed) return property.type === AST_NODE_TYPES.Identifier ? property.name : null; // `this.#secret`: null
  // `items[index]`, most computed members: without the scope no name, as eslint-utils would answer, without its call.
  return property.type === AST_NODE_TYPES.Identifier ? null : getPropertyName(member);
}

/** The name a call's unwrapped callee goes by: an identifier's, or a member's static property name. */
export function calleeName(callee: TSESTree.Node): string | null {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  return callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
}

/**
 * Folds an expression to the status it stands for: literals, same-file constants, `as const`
 * objects, TS enum members, and the constant libraries (`StatusCodes.NOT_FOUND`).
 */
export function resolveStatusValue(node: TSESTree.Node, scope: TSESLint.Scope.Scope): StatusValue {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Literal) return literalStatusValue(expression);
  if (isBranching(expression)) return resolveBranches(expression, scope);
  if (expression.type === AST_NODE_TYPES.MemberExpression || expression.type === AST_NODE_TYPES.Identifier) {
    const library = resolveLibraryConstant(expression, scope);
    if (library) return { kind: 'number', value: library.code, constant: library };
    const enumValue = resolveEnumMember(expression, scope);
    if (enumValue !== undefined) return enumValue;
  }
  if (
    expression.type === AST_NODE_TYPES.Identifier ||
    expression.type === AST_NODE_TYPES.MemberExpression ||
    expression.type === AST_NODE_TYPES.UnaryExpression ||
    expression.type === AST_NODE_TYPES.TemplateLiteral ||
    expression.type === AST_NODE_TYPES.BinaryExpression
  ) {
    const folded = getStaticValue(expression, scope);
    if (folded) {
      const name = constantName(expression);
      if (typeof folded.value === 'number') {
        return name === undefined
          ? { kind: 'number', value: folded.value }
          : { kind: 'number', value: folded.value, constant: { local: true, name } };
      }
      if (typeof folded.value === 'string') return { kind: 'string', value: folded.value };
    }
  }
  const typed = typedStatusValue(expression, scope);
  if (typed.kind !== 'unknown') return typed;
  if (expression.type === AST_NODE_TYPES.Identifier) {
    const alternatives = constAlternatives(expression, scope);
    if (alternatives) return alternatives;
  } else if (expression.type !== AST_NODE_TYPES.MemberExpression) {
    return typed;
  }
  const imported = importedProjectConstant(expression, scope);
  const name = imported === undefined ? undefined : constantName(expression);
  return name === undefined ? typed : { kind: 'number', value: imported!, constant: { local: true, name } };
}

/** The `const`s whose alternatives are being folded: `const a = b || 1, b = a || 2` must not loop. */
const foldingConsts = new Set<TSESLint.Scope.Variable>();

/**
 * `const status = err.status || 500; res.status(status)`: the alternatives a `const` is initialised with, as the values of
 * the name. Like any constant's value they count as named (`constant`) and carry no node: rules report them where the
 * name is used, and `prefer-status-constant` leaves them be, as it leaves `const NOT_FOUND = 404`.
 */
function constAlternatives(identifier: TSESTree.Identifier, scope: TSESLint.Scope.Scope): StatusValue | undefined {
  const variable = findVariable(scope, identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Variable' || definition.parent.kind !== 'const') return undefined;
  const init = definition.node.init && unwrapExpression(definition.node.init);
  if (!init || !isBranching(init) || definition.node.id.type !== AST_NODE_TYPES.Identifier || foldingConsts.has(variable!)) return undefined;
  foldingConsts.add(variable!);
  try {
    const value = resolveBranches(init, variable!.scope);
    if (value.kind !== 'union') return undefined;
    const constant = { local: true as const, name: identifier.name };
    const members = value.members.map(({ node: _written, ...member }) => (member.kind === 'number' ? { ...member, constant } : member));
    return { ...value, members };
  } finally {
    foldingConsts.delete(variable!);
  }
}

/** The most values a branching status folds to before it counts as unknown (the checker's unions stop at the same size). */
const MAX_BRANCH_MEMBERS = 16;

type BranchingExpression = TSESTree.ConditionalExpression | TSESTree.LogicalExpression;

/** `ok ? 200 : 404`, `err.status || 500`, `code ?? 500`: a status written as alternatives (`&&` gives no status). */
function isBranching(expression: TSESTree.Node): expression is BranchingExpression {
  return (
    expression.type === AST_NODE_TYPES.ConditionalExpression ||
    (expression.type === AST_NODE_TYPES.LogicalExpression && expression.operator !== '&&')
  );
}

/**
 * The values a branching status may take, each member with the expression it is written as (so that rules report and
 * fix that branch). Branches that fold to nothing make the union `partial`; then the checker, when there is one, may
 * know the whole type (`code ?? 500` with `code: 200 | 201`). A left operand of `||`/`??` that folds decides alone.
 */
function resolveBranches(expression: BranchingExpression, scope: TSESLint.Scope.Scope): StatusValue {
  const members: (NumberStatusValue | StringStatusValue)[] = [];
  let partial = false;
  const visit = (branch: TSESTree.Node): void => {
    const written = unwrapExpression(branch);
    if (isBranching(written)) {
      if (written.type === AST_NODE_TYPES.ConditionalExpression) {
        visit(written.consequent);
        visit(written.alternate);
        return;
      }
      const left = resolveStatusValue(written.left, scope);
      // `404 || x` is 404; `0 || x` and `'' || x` are x; `404 ?? x` is 404.
      const leftDecides = left.kind === 'number' || left.kind === 'string';
      if (leftDecides && (written.operator === '??' || left.value)) {
        visit(written.left);
        return;
      }
      if (!leftDecides) visit(written.left);
      visit(written.right);
      return;
    }
    const value = resolveStatusValue(written, scope);
    if (value.kind === 'unknown') partial = true;
    else if (value.kind === 'union') {
      if (value.partial) partial = true;
      for (const member of value.members) members.push(member.node ? member : { ...member, node: written });
    } else members.push({ ...value, node: written });
  };
  visit(expression);
  if (members.length === 0 || members.length > MAX_BRANCH_MEMBERS) return typedStatusValue(expression, scope);
  if (!partial) return { kind: 'union', members };
  const typed = typedStatusValue(expression, scope);
  return typed.kind === 'unknown' ? { kind: 'union', members, partial: true } : typed;
}

/**
 * `resolveStatusValue` where the caller has no scope at hand: a literal (most status sites: `.toBe(404)`,
 * `status === 200`) is read without one, which spares a walk up the tree.
 */
export function resolveStatusValueAt(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): StatusValue {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Literal) return literalStatusValue(expression);
  return resolveStatusValue(expression, sourceCode.getScope(node));
}

function literalStatusValue(literal: TSESTree.Literal): StatusValue {
  if (typeof literal.value === 'number') return { kind: 'number', value: literal.value };
  if (typeof literal.value === 'string') return { kind: 'string', value: literal.value };
  if (typeof literal.value === 'bigint') return { kind: 'number', value: Number(literal.value), bigint: true };
  return UNKNOWN;
}

/**
 * Typed linting: what syntax cannot fold, the checker may know (`NOT_FOUND` imported from another file,
 * an enum member of a package, `code: 200 | 4040`). Without types: unknown.
 */
function typedStatusValue(expression: TSESTree.Node, scope: TSESLint.Scope.Scope): StatusValue {
  if (!mayHaveLiteralType(expression)) return UNKNOWN;
  const values = typeInfoOfScope(scope)?.literalValuesOf(expression);
  if (!values || values.length === 0) return UNKNOWN;
  const name = values.length === 1 ? constantName(expression) : undefined;
  const members = values.map(
    (value): NumberStatusValue | StringStatusValue =>
      typeof value === 'string'
        ? { kind: 'string', value, fromType: true }
        : { kind: 'number', value, fromType: true, ...(name === undefined ? {} : { constant: { local: true, name } }) },
  );
  return members.length === 1 ? members[0]! : { kind: 'union', members };
}

/** Expressions whose type can be a literal status the checker knows (each question costs checker time). */
const MAY_HAVE_LITERAL_TYPE: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.AwaitExpression,
]);

/**
 * Not an object, array, function or string template (`new Response(body, { status })` asks about the status, not the
 * init object), and not another response's status (`upstream.status`, typed `number`).
 */
function mayHaveLiteralType(expression: TSESTree.Node): boolean {
  if (!MAY_HAVE_LITERAL_TYPE.has(expression.type)) return false;
  if (expression.type !== AST_NODE_TYPES.MemberExpression) return true;
  const property = getPropertyName(expression);
  return property !== 'status' && property !== 'statusCode';
}

/** Every concrete value a status may have: one for a number or string, each member of a union, none when unknown. */
export function statusValueMembers(value: StatusValue): readonly (NumberStatusValue | StringStatusValue)[] {
  if (value.kind === 'union') return value.members;
  if (value.kind === 'unknown') return [];
  return [value];
}

function constantName(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const object = constantName(node.object);
    const property = getPropertyName(node);
    return object !== undefined && property !== null ? `${object}.${property}` : undefined;
  }
  return undefined;
}

/** `HttpCode.NotFound` where `enum HttpCode { NotFound = 404 }` is declared in this file. */
function resolveEnumMember(node: TSESTree.Node, scope: TSESLint.Scope.Scope): StatusValue | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const memberName = getPropertyName(node, scope);
  if (memberName === null) return undefined;
  const variable = findVariable(scope, node.object);
  const declaration = variable?.defs[0]?.node;
  if (declaration?.type !== AST_NODE_TYPES.TSEnumDeclaration) return undefined;
  const members = declaration.body?.members ?? (declaration as unknown as { members: TSESTree.TSEnumMember[] }).members;
  let previous: number | undefined = -1;
  for (const member of members) {
    const id = member.id;
    const name = id.type === AST_NODE_TYPES.Identifier ? id.name : String((id).value);
    let value: number | string | undefined;
    if (member.initializer) {
      const folded = member.initializer.type === AST_NODE_TYPES.Literal ? member.initializer.value : undefined;
      value = typeof folded === 'number' || typeof folded === 'string' ? folded : undefined;
    } else {
      value = typeof previous === 'number' ? previous + 1 : undefined;
    }
    previous = typeof value === 'number' ? value : undefined;
    if (name === memberName) {
      const constant = { local: true as const, name: `${node.object.name}.${name}` };
      if (typeof value === 'number') return { kind: 'number', value, constant };
      if (typeof value === 'string') return { kind: 'string', value };
      return UNKNOWN;
    }
  }
  return undefined;
}

/** Reads a string the way a header name or key is written: `'Location'`, `` `x-id` ``, a const. */
export function resolveString(node: TSESTree.Node, scope: TSESLint.Scope.Scope): string | undefined {
  const folded = getStaticValue(unwrapExpression(node), scope);
  return folded && typeof folded.value === 'string' ? folded.value : undefined;
}

/**
 * A body that sends no content: nullish, or an empty string (`res.end('')`) unless `nonNull` (the API counts any value
 * but null as a body).
 */
export function sendsNoContent(node: TSESTree.Node | undefined, nonNull = false): boolean {
  if (isNullish(node)) return true;
  if (nonNull) return false;
  const expression = unwrapExpression(node!);
  if (expression.type === AST_NODE_TYPES.Literal) return expression.value === '';
  return expression.type === AST_NODE_TYPES.TemplateLiteral && expression.expressions.length === 0 && expression.quasis[0]?.value.cooked === '';
}

/** A value that certainly carries no content: `null`, `undefined`, `void 0`, absent. */
export function isNullish(node: TSESTree.Node | undefined): boolean {
  if (!node) return true;
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Literal) return expression.value === null;
  if (expression.type === AST_NODE_TYPES.Identifier) return expression.name === 'undefined';
  return expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === 'void';
}
