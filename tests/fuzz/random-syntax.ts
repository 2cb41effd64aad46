// Random syntax for the fuzzer: statements that eslump generates from the whole JavaScript grammar (labels, `with`-free
// strict code, regular expressions, classes, generators, odd literals…), with their identifiers and numbers turned
// into the names and codes the rules look at (`res`, `status`, `ctx.throw`, `404`, `4040`), so that status calls sit
// in shapes no template writes. Each is a block that parses inside a handler, for JavaScript or TypeScript.
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { generateRandomJS } from 'eslump';
import fc from 'fast-check';

/** Names the rules read: receivers, status members and methods, assertion helpers. */
const NAMES = [
  'res', 'req', 'ctx', 'reply', 'c', 'request', 'response', 'event', 'next', 'status', 'statusCode', 'statusText',
  'Response', 'json', 'redirect', 'code', 'send', 'sendStatus', 'writeHead', 'set', 'header', 'headers', 'location',
  'body', 'end', 'throw', 'error', 'expect', 'toBe', 'includes', 'assert', 'equal', 'ok', 'StatusCodes', 'HttpStatus',
];
const CODES = ['200', '201', '204', '301', '302', '304', '401', '404', '405', '418', '429', '500', '503', '4040', '0', '600'];

/** Words the identifier rewrite leaves alone: reserved words and the few names with a meaning of their own. */
const KEPT_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else export extends finally for function if ' +
    'import in instanceof new return super switch this throw try typeof var void while with yield let static enum ' +
    'await implements package protected interface private public null true false async of get set from as eval ' +
    'arguments target meta undefined'
  ).split(' '),
);
/** An identifier-like word that is not a property name after a dot or inside a string's quotes (a textual rewrite). */
const WORD = /(?<![\w$.'"`\\])[A-Za-z_$][\w$]{0,7}(?![\w$'"`])/gu;
const NUMBER = /(?<![\w$.])\d+(?:\.\d+)?(?:e\d+)?(?![\w$.])/gu;

const linter = new Linter({ configType: 'flat' });
const parseConfigs = {
  js: [{ files: ['**/*.js'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } }] as Linter.Config[],
  ts: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser, sourceType: 'module' } }] as Linter.Config[],
};

/**
 * Whether `block` parses as a statement of a top-level async arrow function, the strictest place a handler wrapper puts
 * it (no `new.target`, no `super`, `await` reserved), so it parses in every wrapper.
 */
function parsesInHandler(block: string, typescript: boolean): boolean {
  const code = `const handler = async (req, res, next) => {\n${block}\n};\n`;
  const messages = linter.verify(code, typescript ? parseConfigs.ts : parseConfigs.js, { filename: typescript ? 'h.ts' : 'h.js' });
  return !messages.some((message) => message.fatal);
}

/** A small, seedable generator (mulberry32), so that a run with the same fast-check seed makes the same programs. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The random block for `seed`, or undefined when the rewritten code does not parse inside a handler. */
function randomBlock(seed: number, typescript: boolean): string | undefined {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // eslump draws from Math.random: lend it the seeded generator for this one program.
  const mathRandom = Math.random;
  Math.random = random;
  let code: string;
  try {
    code = generateRandomJS({ sourceType: 'script', maxDepth: 5, comments: random() < 0.2 });
  } catch {
    return undefined;
  } finally {
    Math.random = mathRandom;
  }
  const rewritten = code
    .replace(WORD, (word) => (KEPT_WORDS.has(word) || random() < 0.35 ? word : pick(NAMES)))
    .replace(NUMBER, (number) => (random() < 0.6 ? pick(CODES) : number));
  const block = `{\n${rewritten}\n}`;
  return parsesInHandler(block, typescript) ? block : undefined;
}

/** A block of random syntax that parses in any handler of the fuzzer's programs. */
export const randomSyntax = (typescript: boolean): fc.Arbitrary<string> =>
  fc
    .noShrink(fc.integer({ min: 0, max: 0x7fff_ffff }))
    .map((seed) => randomBlock(seed, typescript))
    .filter((block): block is string => block !== undefined);
