import { FETCH_RANGE, FETCH_REDIRECT_CODES } from './fetch.js';
import { NODE_HTTP1_RANGE, nodeHttp } from './node-http.js';
import type { ExportShape, FrameworkDefinition, StatusArgument } from './types.js';

const init = (index: number) =>
  ({
    status: { index, key: ['status'] },
    phrase: { index, key: ['statusText'] },
    headers: [{ kind: 'object', index, key: ['headers'] }],
    accepts: FETCH_RANGE,
  }) as const;

/** `NextResponse.redirect(url, 308)` or `(url, { status: 308, headers })`. */
const REDIRECT_STATUS: StatusArgument = { index: 1, key: ['status'], orValue: true };

const nextResponse: readonly ExportShape[] = [
  {
    path: ['NextResponse'],
    construct: true,
    createsResponse: true,
    ...init(1),
    body: { index: 0, nonNull: true },
    numericInit: { index: 1, outcome: 'the NextResponse constructor throws a TypeError' },
    label: 'new NextResponse()',
    facts: { bodilessStatusOutcome: 'the NextResponse constructor throws a TypeError' },
  },
  {
    path: ['NextResponse', 'json'],
    createsResponse: true,
    ...init(1),
    body: true,
    numericInit: { index: 1, outcome: 'NextResponse.json() throws a TypeError' },
    label: 'NextResponse.json()',
  },
  {
    path: ['NextResponse', 'redirect'],
    createsResponse: true,
    role: 'redirect',
    status: REDIRECT_STATUS,
    location: { index: 0 },
    defaultStatus: 307,
    acceptsOnly: { codes: FETCH_REDIRECT_CODES, outcome: 'NextResponse.redirect() throws a RangeError' },
    headers: [
      { kind: 'fixed', names: ['location'] },
      { kind: 'object', index: 1, key: ['headers'] },
    ],
    label: 'NextResponse.redirect()',
    // `typeof init === 'number'` decides: a string '301' is read as an init object and 307 is sent.
    facts: { stringStatusIgnored: true },
  },
  {
    path: ['NextResponse', 'rewrite'],
    createsResponse: true,
    ...init(1),
    label: 'NextResponse.rewrite()',
  },
  {
    path: ['NextResponse', 'next'],
    createsResponse: true,
    ...init(0),
    label: 'NextResponse.next()',
  },
];

/**
 * `redirect(url, type)` / `permanentRedirect(url, type)` from next/navigation: the second parameter is a
 * RedirectType ('push' | 'replace'), never a status. A number there is recorded (numeric only) with `unusedStatus`:
 * Next builds a digest that `isRedirectError()` rejects and the call becomes an ordinary thrown error.
 */
const navigationRedirect = (name: string, status: number): ExportShape => ({
  path: [name],
  role: 'redirect',
  status: { index: 1, numericOnly: true },
  location: { index: 0 },
  defaultStatus: status,
  label: `${name}() from next/navigation`,
  unusedStatus: `${name}() takes a RedirectType there, not a status: Next throws it as an ordinary error instead of redirecting`,
  facts: { secondParameter: 'RedirectType' },
});

/** Next.js redirect statuses (NextResponse.redirect, getServerSideProps, next.config redirects). */
export const NEXT_REDIRECT_CODES = FETCH_REDIRECT_CODES;

/**
 * Next.js 13–16: App Router (`next/server`, `next/navigation`), Pages API routes (`res: NextApiResponse`, a Node
 * ServerResponse with helpers) and the redirect objects returned by getServerSideProps/getStaticProps.
 */
export const nextjs: FrameworkDefinition = {
  id: 'nextjs',
  name: 'Next.js',
  modules: ['next', 'next/server', 'next/navigation'],
  packageName: 'next',
  declaredReceivers: true,
  receivers: [
    { names: ['res'], typeNames: ['NextApiResponse'] },
    // getServerSideProps context: `ctx.res.statusCode = 410`.
    { names: ['ctx', 'context'], path: ['res'] },
  ],
  inherits: nodeHttp,
  methods: [
    { method: 'status', status: { index: 0 }, chainable: true, accepts: NODE_HTTP1_RANGE, label: 'res.status()' },
    { method: 'json', body: true, terminal: true, label: 'res.json()' },
    { method: 'send', body: { index: 0 }, terminal: true, label: 'res.send()' },
    {
      method: 'redirect',
      role: 'redirect',
      // (status, url) or (url) → 307. `res.redirect('/x', 301)` ignores the 301 and sends 307;
      // `res.redirect('301', '/x')` sends 307 with `Location: 301`. The status is not range-checked.
      status: { index: 0, numericOnly: true },
      location: { index: 1 },
      defaultStatus: 307,
      headers: [{ kind: 'fixed', names: ['location'] }],
      overridesStatus: true,
      terminal: true,
      label: 'res.redirect()',
      facts: { ignoresStatusArgument: 1 },
    },
  ],
  exports: [
    ...nextResponse,
    navigationRedirect('redirect', 307),
    navigationRedirect('permanentRedirect', 308),
    // next/navigation helpers that throw and render the matching boundary with a fixed status.
    { path: ['notFound'], role: 'error', fixedStatus: 404, label: 'notFound() from next/navigation' },
    // forbidden() and unauthorized() need `experimental.authInterrupts` (Next 15+); without it they throw an ordinary
    // Error, and the page errors (500) [O next 15.5, 16.4].
    { path: ['forbidden'], role: 'error', fixedStatus: 403, label: 'forbidden() from next/navigation' },
    { path: ['unauthorized'], role: 'error', fixedStatus: 401, label: 'unauthorized() from next/navigation' },
  ],
  returns: [
    {
      // return { redirect: { destination, statusCode: 301 } } / { redirect: { destination, permanent: true } }.
      // Next throws "Invalid redirect object returned from getServerSideProps" for other codes, for `permanent`
      // together with `statusCode`, and for a non-boolean `permanent`.
      functions: ['getServerSideProps', 'getStaticProps'],
      path: ['redirect'],
      role: 'redirect',
      status: { index: 0, key: ['statusCode'] },
      statusFlag: { key: 'permanent', whenTrue: 308, whenFalse: 307 },
      defaultStatus: 307,
      acceptsOnly: { codes: NEXT_REDIRECT_CODES, outcome: 'Next.js rejects the redirect object with an Error' },
      headers: [{ kind: 'fixed', names: ['location'] }],
      label: 'the redirect returned from getServerSideProps()/getStaticProps()',
    },
  ],
};
