/** `code` with the text on `line` from `column` to `endColumn` (1-based, end exclusive) replaced by `text`. */
export function replaceAt(code: string, [line, column, endColumn]: readonly [number, number, number], text: string): string {
  return code
    .split('\n')
    .map((source, index) => (index === line - 1 ? source.slice(0, column - 1) + text + source.slice(endColumn - 1) : source))
    .join('\n');
}

/** The position fields of a report on one line. */
export function at([line, column, endColumn]: readonly [number, number, number]) {
  return { line, column, endLine: line, endColumn };
}
