import rule from '../../src/rules/no-unreachable-status-check.js';
import { ruleTester } from '../rule-tester.js';
import { typedRuleTester } from '../typed-rule-tester.js';
import { at } from './helpers.js';

// Cases only types decide: each sample runs with types (tests/fixtures/typed) and without.
// Only the "report gained" direction exists for this rule: it reports only results it links to a client call
// (`await axios.get(…)`), which types cannot show to be something else, so types never avoid a report.

/** Reported only with types: the status is a constant of another file. */
const gainedImportedConstant = `
import axios from 'axios';
import { NOT_FOUND } from './src/codes.js';
export async function profile(id: string) {
  const res = await axios.get('/api/profiles/' + id);
  if (res.status === NOT_FOUND) return null;
  return res.data;
}
`;

typedRuleTester.run('no-unreachable-status-check (typed)', rule, {
  valid: [
    {
      name: 'the imported constant where the request accepts it',
      code: `
import axios from 'axios';
import { NOT_FOUND } from './src/codes.js';
export async function profile(id: string) {
  const res = await axios.get('/api/profiles/' + id, { validateStatus: (status) => status < 500 });
  if (res.status === NOT_FOUND) return null;
  return res.data;
}
`,
    },
  ],
  invalid: [
    {
      name: 'a status constant imported from another file',
      code: gainedImportedConstant,
      errors: [
        {
          messageId: 'unreachable',
          data: {
            status: '404 Not Found',
            outcome: 'axios rejects with AxiosError "Request failed with status code …" before this line',
            resolves: '200–299',
            option: '`validateStatus`',
            code: '404',
          },
          ...at([6, 22, 31]),
        },
      ],
    },
  ],
});

ruleTester.run('no-unreachable-status-check (same code without types)', rule, {
  valid: [gainedImportedConstant],
  invalid: [],
});
