import { describeStatus } from '../../src/codes/index.js';

export interface TypoAt {
  /** 1-based line and column of the typo in `code`. */
  readonly line: number;
  readonly column: number;
  /** The codes the rule suggests, best first. */
  readonly guesses: readonly number[];
}

/**
 * The `no-unknown-status` error for an out-of-range typo (`4040`) at an exact position, with one suggestion per
 * guess whose output is `code` with the typo replaced. Throws if `code` does not hold `typo` at that position,
 * so the position in a test is checked against the source as well as against the rule.
 */
export function typoError(code: string, typo: string, { line, column, guesses }: TypoAt) {
  const lines = code.split('\n');
  const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  if (code.slice(offset, offset + typo.length) !== typo) {
    throw new Error(`expected ${typo} at ${line}:${column}, found ${JSON.stringify(code.slice(offset, offset + typo.length + 10))}`);
  }
  const best = guesses[0];
  return {
    messageId: 'outOfRange' as const,
    data: { value: typo, didYouMean: best === undefined ? '' : ` Did you mean ${describeStatus(best)}?` },
    line,
    column,
    endLine: line,
    endColumn: column + typo.length,
    suggestions: guesses.map((guess) => ({
      messageId: 'replaceWithCode' as const,
      data: { status: describeStatus(guess) },
      output: code.slice(0, offset) + String(guess) + code.slice(offset + typo.length),
    })),
  };
}
