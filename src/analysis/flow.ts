import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/**
 * Ordering questions rules ask about response events, answered from the parents of two nodes only
 * (no walk): the analysis is flow-insensitive, and these helpers let a rule stay silent unless the
 * order is certain.
 */

/** Is `child` evaluated every time `parent` is (not a branch, loop body, callback or fallible `try` block)? */
function isUnconditionalChild(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === child;
    case AST_NODE_TYPES.LogicalExpression:
      return parent.left === child;
    case AST_NODE_TYPES.ForStatement:
      return parent.init === child;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.right === child;
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.SwitchCase:
    case AST_NODE_TYPES.TryStatement:
    case AST_NODE_TYPES.CatchClause:
    case AST_NODE_TYPES.AssignmentPattern:
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.ClassBody:
    case AST_NODE_TYPES.PropertyDefinition:
      return false;
    case AST_NODE_TYPES.SwitchStatement:
      return parent.discriminant === child;
    case AST_NODE_TYPES.MemberExpression:
      // `a?.b`: b is skipped when a is nullish; keep it simple and treat optional links as conditional.
      return !(parent.optional && parent.property === child);
    case AST_NODE_TYPES.CallExpression:
      return !parent.optional || parent.callee === child;
    default:
      return true;
  }
}

function ancestors(node: TSESTree.Node): TSESTree.Node[] {
  const list: TSESTree.Node[] = [];
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) list.push(current);
  return list;
}

/**
 * True when `first` is certainly evaluated, and finished, before `second` whenever `second` is
 * evaluated in the same function call: `res.status(204)` then `res.json(x)` in the same block or
 * chain. False for different branches, a loop body, a callback, `second` before `first`, or `second` in a function
 * declaration (hoisted: it may be called before `first`).
 */
export function alwaysRunsBefore(first: TSESTree.Node, second: TSESTree.Node): boolean {
  // `res.status(401).redirect(u)`: the callee chain is evaluated before the call itself.
  if ((second.type === AST_NODE_TYPES.CallExpression || second.type === AST_NODE_TYPES.NewExpression) && first !== second) {
    if (containsNode(second.callee, first)) return alwaysRunsBefore(first, second.callee) || isChainLink(second.callee, first);
  }
  if (first.range[1] > second.range[0]) return false;
  const secondAncestors = new Set(ancestors(second));
  let child = first;
  for (let parent = first.parent; parent; parent = parent.parent) {
    if (secondAncestors.has(parent)) {
      // A function declaration written later may have been called earlier.
      if (inHoistedFunction(second, parent)) return false;
      // Statements of one `case` or `catch` body run in sequence.
      if (parent.type === AST_NODE_TYPES.SwitchCase || parent.type === AST_NODE_TYPES.CatchClause) return true;
      return isUnconditionalChild(parent, child);
    }
    if (!isUnconditionalChild(parent, child)) return false;
    child = parent;
  }
  return false;
}

/**
 * True when, once `first` has run, `second` certainly runs after it in the same call with nothing in between that could
 * leave the function: `second` is the call `first` is a link of (`reply.code(404).redirect(url, 301)`), or it runs
 * unconditionally in a statement after the one holding `first`, in the same statement list, with no `return`, `throw`,
 * `break` or `continue` in those statements (`c.status(201); return c.json(x, 200)`). `first` itself may sit in a
 * branch (`if (x) res.statusCode = 401;`), but not in a nested function, which may run at any time.
 */
export function alwaysRunsAfter(first: TSESTree.Node, second: TSESTree.Node): boolean {
  return statementsBetween(first, second) !== undefined;
}

/**
 * When `second` always runs after `first` (`alwaysRunsAfter`): the statements that run between them, those after the
 * one holding `first` and before the one holding `second` (none for a chain); otherwise undefined.
 */
export function statementsBetween(first: TSESTree.Node, second: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  if (second.type === AST_NODE_TYPES.CallExpression && first !== second && containsNode(second.callee, first)) {
    return isChainLink(second.callee, first) ? [] : statementsBetween(first, second.callee);
  }
  if (first.range[1] > second.range[0]) return undefined;
  // The statement holding `second`, reached through unconditional children only.
  let later: TSESTree.Node = second;
  let list: TSESTree.Node | undefined = second.parent;
  while (list && !holdsStatements(list)) {
    if (isFunction(list) || !isUnconditionalChild(list, later)) return undefined;
    later = list;
    list = list.parent;
  }
  if (!list || !containsNode(list, first)) return undefined;
  const statements = statementsOf(list);
  let earlier: TSESTree.Node = first;
  while (earlier.parent && earlier.parent !== list) {
    if (isFunction(earlier.parent)) return undefined;
    earlier = earlier.parent;
  }
  const from = statements.indexOf(earlier);
  const to = statements.indexOf(later);
  if (from < 0 || to <= from) return undefined;
  for (let index = from; index < to; index++) if (containsExit(statements[index]!)) return undefined;
  return statements.slice(from + 1, to);
}

/**
 * Whether `node` runs code of its own outside nested functions, a call, `new`, `await`, `yield` or tagged template
 * other than those `allowed` accepts (the calls, or other nodes, that are known events of one response).
 */
export function runsOtherCode(node: TSESTree.Node, allowed: (node: TSESTree.Node) => boolean): boolean {
  return containsOutsideFunctions(
    node,
    (inner) =>
      (inner.type === AST_NODE_TYPES.CallExpression ||
        inner.type === AST_NODE_TYPES.NewExpression ||
        inner.type === AST_NODE_TYPES.AwaitExpression ||
        inner.type === AST_NODE_TYPES.YieldExpression ||
        inner.type === AST_NODE_TYPES.TaggedTemplateExpression) &&
      !allowed(inner),
  );
}

function holdsStatements(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.BlockStatement ||
    node.type === AST_NODE_TYPES.Program ||
    node.type === AST_NODE_TYPES.SwitchCase ||
    node.type === AST_NODE_TYPES.StaticBlock
  );
}

function statementsOf(node: TSESTree.Node): readonly TSESTree.Node[] {
  if (node.type === AST_NODE_TYPES.SwitchCase) return node.consequent;
  return (node as TSESTree.BlockStatement | TSESTree.Program | TSESTree.StaticBlock).body;
}

/** `first` is a link of the chain `callee` (`res.status(401)` in `res.status(401).redirect`), not an argument inside it. */
function isChainLink(callee: TSESTree.Node, first: TSESTree.Node): boolean {
  let current: TSESTree.Node = callee;
  for (;;) {
    if (current === first) return true;
    if (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
    else if (current.type === AST_NODE_TYPES.CallExpression) current = current.callee;
    else if (current.type === AST_NODE_TYPES.ChainExpression || current.type === AST_NODE_TYPES.TSNonNullExpression) current = current.expression;
    else return false;
  }
}

/** Does `outer` contain `inner` (or is it the same node)? */
export function containsNode(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/**
 * True when, once `first` has run, its function certainly returns or throws before `later` could run in the same call,
 * and `later` cannot have run before `first` in that call either: `later` comes after a `return` or `throw` that ends
 * the statements holding `first` (`res.statusCode = 405; res.end(); return;` and then `stream.pipe(res)` further down),
 * within the same function, with no loop or `try` around `first` and no `break` or `continue` on the way to the exit, and
 * not in a function declaration (hoisted, so callable before `first`). `owner` (where the response lives) must be inside that function too, so that every call has its own response.
 */
export function exitsBefore(first: TSESTree.Node, later: TSESTree.Node, owner: TSESTree.Node): boolean {
  let exit: TSESTree.Node | undefined;
  let child: TSESTree.Node = first;
  for (let parent = first.parent; parent; child = parent, parent = parent.parent) {
    if (isFunction(parent)) {
      return (
        exit !== undefined &&
        later.range[0] >= exit.range[1] &&
        containsNode(parent, later) &&
        containsNode(parent, owner) &&
        !inHoistedFunction(later, parent)
      );
    }
    if (isLoop(parent) || parent.type === AST_NODE_TYPES.TryStatement || parent.type === AST_NODE_TYPES.CatchClause) return false;
    exit ??= exitAfter(parent, child);
  }
  return false;
}

/**
 * Whether `node` lies in a function declaration nested in `outer`: written after an exit, it can still have been called
 * before it (declarations are hoisted).
 */
function inHoistedFunction(node: TSESTree.Node, outer: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== outer; current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionDeclaration) return true;
  }
  return false;
}

/** The `return` or `throw` that `child`, a statement of `parent`, certainly reaches when it completes: itself or a later statement. */
function exitAfter(parent: TSESTree.Node, child: TSESTree.Node): TSESTree.Node | undefined {
  if (parent.type === AST_NODE_TYPES.IfStatement && parent.test !== child) return isExit(child) ? child : undefined;
  const statements =
    parent.type === AST_NODE_TYPES.BlockStatement ? parent.body : parent.type === AST_NODE_TYPES.SwitchCase ? parent.consequent : undefined;
  if (!statements) return undefined;
  for (let index = statements.indexOf(child as TSESTree.Statement); index >= 0 && index < statements.length; index++) {
    const statement = statements[index]!;
    // `break` and `continue` leave the statements without returning.
    if (containsJump(statement)) return undefined;
    if (isExit(statement)) return statement;
  }
  return undefined;
}

function isExit(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement;
}

export function isFunction(
  node: TSESTree.Node,
): node is TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

function isLoop(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return true;
    default:
      return false;
  }
}

/** Whether `node` holds a `break` or `continue` outside nested functions. */
function containsJump(node: TSESTree.Node): boolean {
  return containsOutsideFunctions(node, isJump);
}

/** Whether `node` holds a `return`, `throw`, `break` or `continue` outside nested functions. */
function containsExit(node: TSESTree.Node): boolean {
  return containsOutsideFunctions(node, (inner) => isJump(inner) || isExit(inner));
}

function isJump(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.BreakStatement || node.type === AST_NODE_TYPES.ContinueStatement;
}

function containsOutsideFunctions(node: TSESTree.Node, matches: (node: TSESTree.Node) => boolean): boolean {
  if (matches(node)) return true;
  if (isFunction(node)) return false;
  for (const key in node) {
    if (key === 'parent') continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item) && containsOutsideFunctions(item, matches)) return true;
    } else if (isNode(value) && containsOutsideFunctions(value, matches)) {
      return true;
    }
  }
  return false;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
