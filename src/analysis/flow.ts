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
