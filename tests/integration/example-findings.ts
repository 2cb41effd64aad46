// What the recommended config reports on examples/ (the deliberate slips, see `npm run demo`), per file: every
// finding with its rule, range, message and suggestions. Each was checked against the example code by hand; the
// CLI and editor tests assert each file's findings as a whole, so a new slip in one file touches only its entry.

export interface ExpectedSuggestion {
  /** The suggestion's description (the quick-fix title in the editor, without the rule id). */
  readonly desc: string;
  /** The replacement text of its fix. */
  readonly text: string;
}

export interface ExpectedFinding {
  readonly ruleId: string;
  /** 1-based, as the CLI prints them; `endColumn` is exclusive. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly suggestions: readonly ExpectedSuggestion[];
}

function finding(
  rule: string,
  [line, column, endLine, endColumn]: [number, number, number, number],
  message: string,
  suggestions: [desc: string, text: string][] = [],
): ExpectedFinding {
  return {
    ruleId: `http-status/${rule}`,
    line,
    column,
    endLine,
    endColumn,
    message,
    suggestions: suggestions.map(([desc, text]) => ({ desc, text })),
  };
}

/** Findings of `recommended` (with the examples' settings) per example file, in ESLint's order (line, column). */
export const EXAMPLE_FINDINGS: Record<string, readonly ExpectedFinding[]> = {
  'eslint.config.js': [],
  'eslint.constants.config.js': [],
  'src/express-app.ts': [
    finding('no-unknown-status', [18, 16, 18, 20], '4040 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 404 Not Found?', [['Replace with 404 Not Found.', '404'], ['Replace with 400 Bad Request.', '400']]),
    finding('require-status-headers', [37, 18, 37, 21], '301 Moved Permanently should carry a Location header (RFC 9110 §15.4.2).'),
    finding('no-unknown-status', [42, 18, 42, 21], '418 (Unused) is reserved (RFC 9110 §15.5.19): it has no meaning a client can rely on, so do not use it.'),
    finding('no-ignored-status', [47, 14, 47, 17], '301 Moved Permanently is ignored: res.redirect() replaces it and sends 302 Found. Pass the status to res.redirect() instead.'),
    finding('require-status-headers', [52, 20, 52, 23], '302 Found should carry a Location header (RFC 9110 §15.4.3).'),
    finding('valid-http-error', [52, 20, 52, 23], '302 Found is not an error status: createError() takes a 4xx or 5xx code (RFC 9110 §15.5, §15.6), and with 302 http-errors prints the deprecation "non-error status code" and keeps it on a plain Error; the default Express error handler answers 500.'),
  ],
  'src/fetch-handlers.ts': [
    finding('no-mismatched-reason-phrase', [12, 65, 12, 69], "'OK' is the reason phrase of 200 OK, but the status sent is 404 Not Found: the status line contradicts itself (RFC 9110 §15.1).", [["Use the phrase 'Not Found'.", "'Not Found'"], ['Send 200 OK instead.', '200']]),
    finding('no-unknown-status', [15, 27, 15, 31], '2000 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 200 OK?', [['Replace with 200 OK.', '200']]),
    finding('valid-status-range', [19, 33, 19, 55], '`<= 300` splits the 3xx class: it takes in 300 Multiple Choices, the first code of the 3xx class. Status classes are whole hundreds (RFC 9110 §15); compare with `< 300`.', [['Compare with `upstream.status < 300`.', 'upstream.status < 300'], ['Use `upstream.ok` (true for 200–299, the Fetch "ok status").', 'upstream.ok']]),
    finding('no-body-with-status', [29, 23, 29, 32], '204 No Content cannot carry content (RFC 9110 §15.3.5), but new Response() sends a body here: the Response constructor throws a TypeError.'),
    finding('no-unknown-status', [34, 39, 34, 42], '101 Switching Protocols is outside the range new Response() accepts (200–599): the Response constructor throws a RangeError.'),
  ],
  'src/koa-app.js': [
    finding('require-status-headers', [14, 5, 14, 56], 'ctx.throw() discards headers set before it, so this WWW-Authenticate header never reaches the 401 Unauthorized response (RFC 9110 §15.5.2). Pass it to ctx.throw() instead.'),
    finding('no-ignored-status', [28, 46, 28, 49], 'ctx.redirect() does not read 301 Moved Permanently as the status: Koa ignores the number and sends 302 Found (or a redirect status set before with ctx.status): ctx.redirect() takes no status. Write ctx.status = code; ctx.redirect(url).'),
    finding('valid-http-error', [33, 32, 33, 35], 'Swapped arguments: ctx.throw() is ctx.throw(status, message); in this order Koa 3 throws TypeError "argument #2 unsupported type number" and answers 500.', [['Swap the arguments: ctx.throw(status, message).', "400, 'name required'"]]),
    finding('no-unknown-status', [37, 18, 37, 21], '305 Use Proxy is deprecated (RFC 9110 §15.4.6).'),
    finding('no-unknown-status', [41, 16, 41, 20], '2001 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 201 Created?', [['Replace with 201 Created.', '201'], ['Replace with 200 OK.', '200']]),
  ],
  'src/legacy-routes.js': [
    finding('valid-redirect', [8, 45, 8, 48], 'Swapped arguments: res.redirect() is res.redirect(status, url); in this order Express 5 throws TypeError "Invalid status code" and answers 500 with the number as Location.', [['Swap the arguments: res.redirect(status, url).', '301, `/posts/${req.params.slug}`']]),
  ],
  'src/profile-client.ts': [
    finding('no-unreachable-status-check', [14, 22, 14, 25], '404 Not Found never gets here: axios rejects with AxiosError "Request failed with status code …" before this line (the request resolves only for 200–299). Set `validateStatus` on the request, or handle 404 where the error is caught.'),
  ],
  'test/users.test.js': [
    finding('no-unknown-status', [15, 29, 15, 33], '4004 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 404 Not Found?', [['Replace with 404 Not Found.', '404'], ['Replace with 400 Bad Request.', '400']]),
    finding('no-string-status', [20, 45, 20, 50], "'200' is a string, but a status is a number: supertest asserts the response body with a string, not the status.", [['Replace with the number 200.', '200']]),
  ],
};
