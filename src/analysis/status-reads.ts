import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  ASSERT_FUNCTIONS,
  CYPRESS_EQUALITY_CHAINER,
  CYPRESS_ONE_OF_CHAINER,
  CYPRESS_PROPERTY_CHAINER,
  EXPECT_MATCHERS,
  PROPERTY_MATCHERS,
  RESPONSE_NAME_PATTERN,
  STATUS_IDENTIFIERS,
  STATUS_PROPERTIES,
  SUPERTEST_MODULES,
  UNAMBIGUOUS_STATUS_PROPERTIES,
} from '../frameworks/testing.js';
import { findVariable, getPropertyName } from './ast-utils.js';
import type { ModuleUsage } from './imports.js';
import { getTypeInfo } from './type-info.js';
import type { StatusRangeCheck, StatusSite } from './types.js';
import { calleeName, resolveStatusValueAt, resolveString, staticPropertyName, unwrapExpression } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

const COMPARISON_EFFECT = { label: 'status comparison' } as const;
const ASSERTION_EFFECT = { label: 'status assertion' } as const;
/** supertest `.expect(x)`: a number asserts the status, a lone string asserts the body (supertest lib/test.js). */
const SUPERTEST_EFFECT = {
  label: 'supertest .expect()',
  facts: { stringStatusOutcome: 'supertest asserts the response body with a string, not the status' },
} as const;

/**
 * Is `node` a read of an HTTP status? `res.status`, `response.statusCode`, `err.response?.status`,
 * `statusCode`, or `status` destructured from a response. Domain objects (`order.status`) are not.
 */
export function isStatusRead(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    const property = staticPropertyName(expression);
    if (property === null || !STATUS_PROPERTIES.has(property)) return false;
    if (!hasNumericTypeOrNone(expression, sourceCode)) return false;
    if (UNAMBIGUOUS_STATUS_PROPERTIES.has(property)) return true;
    return isResponseLike(expression.object, sourceCode);
  }
  // Playwright: `response.status()`.
  if (expression.type === AST_NODE_TYPES.CallExpression && expression.arguments.length === 0) {
    const callee = unwrapExpression(expression.callee);
    return (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      getPropertyName(callee) === 'status' &&
      isResponseLike(callee.object, sourceCode)
    );
  }
  if (expression.type === AST_NODE_TYPES.Identifier) {
    if (STATUS_IDENTIFIERS.has(expression.name)) return hasNumericTypeOrNone(expression, sourceCode);
    if (expression.name !== 'status') return false;
    // `const { status } = await fetch(url)` / `= res`.
    const variable = findVariable(sourceCode.getScope(expression), expression);
    const declarator = variable?.defs[0]?.node;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.ObjectPattern) {
      return false;
    }
    const init = declarator.init && unwrapExpression(declarator.init);
    // `await fetch(url)`, a response, or (typed) any expression whose type is a response (`await getPage(url)`).
    return init ? isResponseLike(init, sourceCode) : false;
  }
  return false;
}

/**
 * The syntax every status read has, decided from the node alone (no scope, no types): a superset of `isStatusRead`,
 * of typed `status` variables and of the reads `RequestLinker` links. The collector keeps only the comparisons with
 * such an operand.
 */
export function mayBeStatusRead(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case AST_NODE_TYPES.MemberExpression:
      return STATUS_PROPERTIES.has(staticPropertyName(expression) ?? '');
    case AST_NODE_TYPES.CallExpression: {
      if (expression.arguments.length > 0) return false;
      const callee = unwrapExpression(expression.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'status';
    }
    case AST_NODE_TYPES.Identifier:
      return expression.name === 'status' || STATUS_IDENTIFIERS.has(expression.name);
    default:
      return false;
  }
}

/** Typed linting: a variable named `status` whose type is `number`. Without types: never. */
function isTypedNumericStatus(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const expression = unwrapExpression(node);
  return (
    expression.type === AST_NODE_TYPES.Identifier &&
    expression.name === 'status' &&
    getTypeInfo(sourceCode)?.primitiveKindOf(expression) === 'number'
  );
}

/** Typed linting: a read typed `string`, `boolean` or an object (`order.status: 'paid' | 'open'`) is no HTTP status. */
function hasNumericTypeOrNone(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const kind = getTypeInfo(sourceCode)?.primitiveKindOf(node);
  return kind === undefined || kind === 'number';
}

function isResponseLike(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const object = unwrapExpression(node);
  // Typed linting: the type decides when it can (a Fetch `Response` named `r`; a project's `Order` named `response`).
  const typed = getTypeInfo(sourceCode)?.responseTypeOf(object);
  if (typed !== undefined) return typed !== null;
  if (object.type === AST_NODE_TYPES.Identifier) {
    return RESPONSE_NAME_PATTERN.test(object.name) || isFetchResult(object, sourceCode);
  }
  if (object.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(object);
    return name !== null && RESPONSE_NAME_PATTERN.test(name);
  }
  if (object.type === AST_NODE_TYPES.AwaitExpression) {
    const awaited = unwrapExpression(object.argument);
    return awaited.type === AST_NODE_TYPES.CallExpression && isFetchCall(awaited);
  }
  return false;
}

/** `const r = await fetch(url)`: whatever the variable is called, it holds a Response. */
function isFetchResult(identifier: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  const declarator = variable?.defs[0]?.node;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init) return false;
  let init = unwrapExpression(declarator.init);
  if (init.type === AST_NODE_TYPES.AwaitExpression) init = unwrapExpression(init.argument);
  return init.type === AST_NODE_TYPES.CallExpression && isFetchCall(init);
}

/**
 * The object of `x.status` when `x` is a Fetch `Response` (so `x.ok` exists): a variable holding `await fetch(…)`,
 * or a parameter typed with the global `Response`.
 */
function fetchResponseOf(subject: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | undefined {
  if (subject.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(subject) !== 'status') return undefined;
  const object = unwrapExpression(subject.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (isFetchResult(object, sourceCode)) return subject.object;
  const variable = findVariable(sourceCode.getScope(object), object);
  const definition = variable?.defs[0];
  if (definition?.type !== 'Parameter') return undefined;
  const id = definition.name as TSESTree.Node;
  const annotation = 'typeAnnotation' in id ? (id.typeAnnotation as TSESTree.TSTypeAnnotation | undefined) : undefined;
  const type = annotation?.typeAnnotation;
  if (type?.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (type.typeName.name !== 'Response') return undefined;
  // `Response` imported from a framework (Express) is not the Fetch Response.
  const typeVariable = findVariable(sourceCode.getScope(object), type.typeName.name);
  return typeVariable && typeVariable.defs.length > 0 ? undefined : subject.object;
}

function isFetchCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'fetch';
}

const EQUALITY = new Set(['===', '!==', '==', '!=']);

/** Names of the calls the assertion pass looks at: `includes`, matchers, assertion functions, supertest `expect`. */
const ASSERTING_CALL_NAMES: ReadonlySet<string> = new Set(['includes', 'expect', 'should', ...EXPECT_MATCHERS, ...PROPERTY_MATCHERS, ...ASSERT_FUNCTIONS]);

/**
 * Whether the assertion pass of `collectStatusComparisons` may make a site of this call, decided from its syntax alone
 * (a superset): `[…].includes(x)`, a matcher on `expect(x)` or an assertion function where `x` may be a status read
 * (`mayBeStatusRead`), a property matcher, or a `.expect(…)` that may end a supertest chain. The collector keeps only
 * these, so a test file's thousands of `expect(x)` and `.toBe(y)` are not looked at twice.
 */
export function mayBeStatusAssertion(
  call: TSESTree.CallExpression,
  callee: TSESTree.Node = unwrapExpression(call.callee),
  name: string | null = calleeName(callee),
): boolean {
  if (name === null || !ASSERTING_CALL_NAMES.has(name)) return false;
  const args = call.arguments;
  if (callee.type === AST_NODE_TYPES.Identifier) return ASSERT_FUNCTIONS.has(name) && mayComparePairWithStatus(args);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (name === 'includes') return args[0] !== undefined && mayBeStatusRead(args[0]);
  if (name === 'should') return cypressStatusAssertion(call, callee) !== undefined;
  if (name === 'expect' || PROPERTY_MATCHERS.has(name)) return true;
  if (EXPECT_MATCHERS.has(name)) {
    const subject = expectSubject(callee.object);
    if (subject && mayBeStatusRead(subject)) return true;
  }
  return ASSERT_FUNCTIONS.has(name) && mayComparePairWithStatus(args);
}

/** `assert.equal(actual, expected)`: either of the first two arguments may be the status read. */
function mayComparePairWithStatus(args: readonly TSESTree.CallExpressionArgument[]): boolean {
  return args.length >= 2 && (mayBeStatusRead(args[0]!) || mayBeStatusRead(args[1]!));
}

/**
 * Comparisons (`res.status === 404`, `switch (res.status)`, `[301, 302].includes(res.status)`),
 * test assertions (`expect(res.status).toBe(404)`, `assert.equal(res.statusCode, 404)`,
 * supertest `.expect(404)`) and relational range checks (`res.status >= 400`).
 */
export function collectStatusComparisons(
  sourceCode: SourceCode,
  comparisons: readonly TSESTree.BinaryExpression[],
  switches: readonly TSESTree.SwitchStatement[],
  /** The file's calls, or any superset of those `mayBeStatusAssertion` accepts. */
  calls: readonly (TSESTree.CallExpression | TSESTree.NewExpression)[],
  modules: ModuleUsage,
  /** Status reads the syntax alone cannot tell, such as `r.status` where `const r = await axios.get(u)`. */
  isOtherStatusRead: (node: TSESTree.Node) => boolean = () => false,
): { sites: StatusSite[]; rangeChecks: StatusRangeCheck[] } {
  const isRead = (node: TSESTree.Node) => isStatusRead(node, sourceCode) || isOtherStatusRead(node);
  const typed = getTypeInfo(sourceCode) !== undefined;
  const sites: StatusSite[] = [];
  const rangeChecks: StatusRangeCheck[] = [];
  const addSite = (
    node: TSESTree.Node,
    owner: TSESTree.Node,
    role: 'comparison' | 'assertion',
    effect: StatusSite['effect'] = role === 'comparison' ? COMPARISON_EFFECT : ASSERTION_EFFECT,
    subject?: TSESTree.Node,
  ) => {
    const value = resolveStatusValueAt(node, sourceCode);
    if (value.kind === 'unknown') return;
    sites.push({
      node,
      value,
      role,
      framework: undefined,
      effect,
      owner,
      response: undefined,
      ...(subject ? { subject } : {}),
    });
  };

  for (const comparison of comparisons) {
    const left = comparison.left;
    const right = comparison.right;
    if (left.type === AST_NODE_TYPES.PrivateIdentifier) continue;
    const leftIsStatus = isRead(left);
    const rightIsStatus = !leftIsStatus && isRead(right);
    if (!leftIsStatus && !rightIsStatus) {
      // Typed linting: a variable `status` typed `number` compared with a string (`status === '200'`) is a
      // status that can never match, whatever object it came from; only the string comparison is a site.
      if (!typed) continue;
      const typedSubject = isTypedNumericStatus(left, sourceCode) ? left : isTypedNumericStatus(right, sourceCode) ? right : undefined;
      const other = typedSubject === left ? right : left;
      if (typedSubject && EQUALITY.has(comparison.operator) && resolveStatusValueAt(other, sourceCode).kind === 'string') {
        addSite(other, comparison, 'comparison', undefined, typedSubject);
      }
      continue;
    }
    const other = leftIsStatus ? right : left;
    if (EQUALITY.has(comparison.operator)) {
      addSite(other, comparison, 'comparison', undefined, leftIsStatus ? left : right);
      continue;
    }
    const value = resolveStatusValueAt(other, sourceCode);
    if (value.kind !== 'number') continue;
    const operator = comparison.operator as StatusRangeCheck['operator'];
    // Normalise so the status is on the left: `400 <= status` → `status >= 400`.
    const flipped = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as const;
    const subject = leftIsStatus ? left : right;
    const subjectExpression = unwrapExpression(subject);
    rangeChecks.push({
      node: comparison,
      subject,
      operator: leftIsStatus ? operator : flipped[operator],
      bound: value.value,
      boundNode: other,
      subjectObject: fetchResponseOf(subjectExpression, sourceCode),
    });
  }

  for (const statement of switches) {
    if (!isRead(statement.discriminant)) {
      if (!typed || !isTypedNumericStatus(statement.discriminant, sourceCode)) continue;
      for (const switchCase of statement.cases) {
        if (switchCase.test && resolveStatusValueAt(switchCase.test, sourceCode).kind === 'string') {
          addSite(switchCase.test, switchCase, 'comparison', undefined, statement.discriminant);
        }
      }
      continue;
    }
    for (const switchCase of statement.cases) {
      if (switchCase.test) addSite(switchCase.test, switchCase, 'comparison', undefined, statement.discriminant);
    }
  }

  // The module test first: `bindings` reads every import specifier of the file the first time it is asked for.
  const supertestChains = SUPERTEST_MODULES.some((m) => modules.sources.has(m)) && modules.bindings.size > 0;
  for (const call of calls) {
    if (call.type !== AST_NODE_TYPES.CallExpression) continue;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression && callee.type !== AST_NODE_TYPES.Identifier) continue;
    const name =
      callee.type === AST_NODE_TYPES.Identifier
        ? callee.name
        : !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier
          ? callee.property.name
          : getPropertyName(callee);
    if (name === null || !ASSERTING_CALL_NAMES.has(name)) continue;

    // [301, 302].includes(res.status)
    if (name === 'includes' && callee.type === AST_NODE_TYPES.MemberExpression && call.arguments[0]) {
      const list = unwrapExpression(callee.object);
      if (list.type === AST_NODE_TYPES.ArrayExpression && isRead(call.arguments[0])) {
        for (const element of list.elements) {
          if (element && element.type !== AST_NODE_TYPES.SpreadElement) addSite(element, call, 'comparison', undefined, call.arguments[0]);
        }
      }
      continue;
    }

    if (callee.type === AST_NODE_TYPES.MemberExpression && EXPECT_MATCHERS.has(name)) {
      const subject = expectSubject(callee.object);
      if (subject && isRead(subject) && call.arguments[0]) {
        addSite(call.arguments[0], call, 'assertion', undefined, subject);
        continue;
      }
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression && PROPERTY_MATCHERS.has(name) && call.arguments.length >= 2) {
      const subject = expectSubject(callee.object);
      const [key, expected] = call.arguments;
      if (
        subject &&
        key &&
        expected &&
        key.type !== AST_NODE_TYPES.SpreadElement &&
        ['status', 'statusCode'].includes(resolveString(key, sourceCode.getScope(key)) ?? '')
      ) {
        addSite(expected, call, 'assertion', undefined, subject);
        continue;
      }
    }
    if (name === 'should' && callee.type === AST_NODE_TYPES.MemberExpression) {
      const assertion = cypressStatusAssertion(call, callee);
      if (assertion) for (const expected of assertion.expected) addSite(expected, call, 'assertion', undefined, assertion.subject);
      continue;
    }
    if (ASSERT_FUNCTIONS.has(name) && call.arguments.length >= 2 && isAssertCallee(callee)) {
      const [actual, expected] = call.arguments;
      if (actual && expected && isRead(actual)) addSite(expected, call, 'assertion', undefined, actual);
      else if (actual && expected && isRead(expected)) addSite(actual, call, 'assertion', undefined, expected);
      continue;
    }
    if (supertestChains && name === 'expect' && callee.type === AST_NODE_TYPES.MemberExpression) {
      const first = call.arguments[0];
      if (first && isSupertestChain(callee.object, modules)) {
        const expression = unwrapExpression(first);
        if (expression.type === AST_NODE_TYPES.ArrayExpression) {
          for (const element of expression.elements) {
            if (element && element.type !== AST_NODE_TYPES.SpreadElement) addSite(element, call, 'assertion', SUPERTEST_EFFECT);
          }
        } else if (call.arguments.length === 1 || !isHeaderAssertion(first, sourceCode)) {
          // `.expect(200)`, `.expect(200, body)`, `.expect('200')` (a body assertion, reported by no-string-status).
          addSite(first, call, 'assertion', SUPERTEST_EFFECT);
        }
      }
    }
  }
  return { sites, rangeChecks };
}

/**
 * A Cypress assertion on a status: `cy.request(url).its('status').should('eq', 200)`,
 * `cy.wait('@save').its('response.statusCode').should('be.oneOf', [200, 201])`,
 * `cy.request(url).should('have.property', 'status', 200)`. The subject is the `its()` call (or the request). A
 * `status` is a status only on `cy.request()`'s response (`cy.get('@order').its('status')` is the order's); a
 * `statusCode` anywhere. Read from literal strings alone: this runs on every `should()` call the collector meets.
 */
function cypressStatusAssertion(
  call: TSESTree.CallExpression,
  callee: TSESTree.MemberExpression,
): { readonly subject: TSESTree.Node; readonly expected: readonly TSESTree.Node[] } | undefined {
  const [chainer, first, second] = call.arguments;
  const text = chainer && literalString(chainer);
  if (text === undefined) return undefined;
  const object = unwrapExpression(callee.object);
  if (CYPRESS_PROPERTY_CHAINER.test(text)) {
    const key = first && literalString(first);
    if (!second || second.type === AST_NODE_TYPES.SpreadElement || !(key === 'statusCode' || (key === 'status' && isCypressCall(object, 'request')))) {
      return undefined;
    }
    return { subject: object, expected: [second] };
  }
  if (!first || first.type === AST_NODE_TYPES.SpreadElement || object.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const its = unwrapExpression(object.callee);
  if (its.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(its) !== 'its' || !object.arguments[0]) return undefined;
  const path = literalString(object.arguments[0]);
  if (path === undefined) return undefined;
  const last = path.slice(path.lastIndexOf('.') + 1);
  if (!(last === 'statusCode' || (last === 'status' && (path === 'status' ? isCypressCall(unwrapExpression(its.object), 'request') : true)))) {
    return undefined;
  }
  if (CYPRESS_EQUALITY_CHAINER.test(text)) return { subject: object, expected: [first] };
  const list = unwrapExpression(first);
  if (CYPRESS_ONE_OF_CHAINER.test(text) && list.type === AST_NODE_TYPES.ArrayExpression) {
    return { subject: object, expected: list.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement) };
  }
  return undefined;
}

/** `cy.<method>(…)`. */
function isCypressCall(node: TSESTree.Node, method: string): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(node.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    staticPropertyName(callee) === method &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'cy'
  );
}

/** The text of a string literal (or a template without expressions). */
function literalString(node: TSESTree.Node): string | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Literal) return typeof expression.value === 'string' ? expression.value : undefined;
  if (expression.type === AST_NODE_TYPES.TemplateLiteral && expression.expressions.length === 0) return expression.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** `expect(x)` / `expect(x).not` / `expect(x).resolves` → x. */
function expectSubject(node: TSESTree.Node): TSESTree.Node | undefined {
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(current);
    if (name !== 'not' && name !== 'resolves' && name !== 'to' && name !== 'be' && name !== 'soft') return undefined;
    current = unwrapExpression(current.object);
  }
  if (current.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = unwrapExpression(current.callee);
  const calleeName =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression
        ? getPropertyName(callee)
        : null;
  if (calleeName !== 'expect' || !current.arguments[0] || current.arguments[0].type === AST_NODE_TYPES.SpreadElement) {
    return undefined;
  }
  return current.arguments[0];
}

/** `assert.equal`, `assert.strictEqual`, `t.equal`, `t.assert.equal`, `t.is`: a named assertion object. */
function isAssertCallee(callee: TSESTree.Node): boolean {
  if (callee.type === AST_NODE_TYPES.Identifier) return ['equal', 'strictEqual', 'deepEqual', 'deepStrictEqual'].includes(callee.name);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrapExpression(callee.object);
  if (object.type === AST_NODE_TYPES.Identifier) return /^(?:assert|t|tt|test|chai)$/u.test(object.name);
  if (object.type === AST_NODE_TYPES.MemberExpression) return getPropertyName(object) === 'assert';
  return false;
}

/** Is this the `request(app).get('/')…` chain of a supertest import? */
function isSupertestChain(node: TSESTree.Node, modules: ModuleUsage): boolean {
  let current = unwrapExpression(node);
  for (let depth = 0; depth < 50; depth++) {
    if (current.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(current.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) {
        const binding = modules.bindings.get(callee.name);
        return binding !== undefined && SUPERTEST_MODULES.includes(binding.source);
      }
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      current = unwrapExpression(callee.object);
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      current = unwrapExpression(current.object);
    } else if (current.type === AST_NODE_TYPES.Identifier) {
      // `const agent = request.agent(app)` / `const api = request(app)`.
      const binding = modules.bindings.get(current.name);
      return binding !== undefined && SUPERTEST_MODULES.includes(binding.source);
    } else {
      return false;
    }
  }
  return false;
}

/** supertest `.expect('Content-Type', /json/)` asserts a header, not the status. */
function isHeaderAssertion(first: TSESTree.CallExpressionArgument, sourceCode: SourceCode): boolean {
  if (first.type === AST_NODE_TYPES.SpreadElement) return true;
  const text = resolveString(first, sourceCode.getScope(first));
  return text !== undefined && !/^\s*\d+\s*$/u.test(text);
}
