import rule from '../../src/rules/valid-status-range.js';
import { ruleTester } from '../rule-tester.js';
import { typedRuleTester } from '../typed-rule-tester.js';
import { at, replaceAt } from './helpers.js';

// Cases only types decide: each sample runs with types (tests/fixtures/typed) and without.

/** Reported only with types: `page` holds a Fetch Response returned by a helper of another file. */
const gainedHelperResult = `
import { getPage } from './src/client.js';
export async function ping(url: string) {
  const page = await getPage(url);
  if (page.status > 400) console.warn('failed');
}
`;

/** Reported only without types: `response` is a project domain type whose `status` is no HTTP status. */
const avoidedDomainRead = `
import { loadShipment } from './src/domain.js';
export async function track(id: string) {
  const response = await loadShipment(id);
  return response.status > 400;
}
`;

function leavesOut400(code: string, check: [number, number, number], subject: string) {
  return {
    messageId: 'splitsClass' as const,
    ...at(check),
    suggestions: [
      {
        messageId: 'useAlignedBound' as const,
        data: { aligned: `${subject} >= 400` },
        output: replaceAt(code, check, `${subject} >= 400`),
      },
    ],
  };
}

typedRuleTester.run('valid-status-range (typed)', rule, {
  valid: [
    { code: avoidedDomainRead, name: '`.status` of a project domain type named `response` is no status' },
    {
      name: 'the helper result with a whole-class bound',
      code: `
import { getPage } from './src/client.js';
export async function ping(url: string) {
  const page = await getPage(url);
  if (page.status >= 400) console.warn('failed');
}
`,
    },
  ],
  invalid: [
    {
      name: 'a Fetch Response with an unusual name returned by a helper of another file',
      code: gainedHelperResult,
      errors: [leavesOut400(gainedHelperResult, [5, 7, 24], 'page.status')],
    },
  ],
});

ruleTester.run('valid-status-range (same code without types)', rule, {
  valid: [gainedHelperResult],
  invalid: [{ code: avoidedDomainRead, errors: [leavesOut400(avoidedDomainRead, [5, 10, 31], 'response.status')] }],
});
