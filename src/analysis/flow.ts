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
 * chain. False for different branches, a loop body, a callback, or `second` before `first`.
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
      // Statements of one `case` or `catch` body run in sequence.
      if (parent.type === AST_NODE_TYPES.SwitchCase || parent.type === AST_NODE_TYPES.CatchClause) return true;
      return isUnconditionalChild(parent, child);
    }
    if (!isUnconditionalChild(parent, child)) return false;
    child = parent;
  }
  return false;
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
 * within the same function, with no loop or `try` around `first` and no `break` or `continue` on the way to the exit.
 * `owner` (where the response lives) must be inside that function too, so that every call has its own response.
 */
export function exitsBefore(first: TSESTree.Node, later: TSESTree.Node, owner: TSESTree.Node): boolean {
  let exit: TSESTree.Node | undefined;
  let child: TSESTree.Node = first;
  for (let parent = first.parent; parent; child = parent, parent = parent.parent) {
    if (isFunction(parent)) {
      return exit !== undefined && later.range[0] >= exit.range[1] && containsNode(parent, later) && containsNode(parent, owner);
    }
    if (isLoop(parent) || parent.type === AST_NODE_TYPES.TryStatement || parent.type === AST_NODE_TYPES.CatchClause) return false;
    exit ??= exitAfter(parent, child);
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
  if (node.type === AST_NODE_TYPES.BreakStatement || node.type === AST_NODE_TYPES.ContinueStatement) return true;
  if (isFunction(node)) return false;
  for (const key in node) {
    if (key === 'parent') continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item) && containsJump(item)) return true;
    } else if (isNode(value) && containsJump(value)) {
      return true;
    }
  }
  return false;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
