import { containsNode, runsOtherCode, statementsBetween } from './flow.js';
import type { ResponseEvent, StatusSite } from './types.js';

type StatusEvent = Extract<ResponseEvent, { type: 'status' }>;
type CallEvent = Extract<ResponseEvent, { type: 'call' }>;

/**
 * What replaces a status on its response before the response goes out:
 * - `default`: a call that sends its own default over any status set before it (`effect.overridesStatus`: Express
 *   `res.status(301).redirect(url)` sends 302);
 * - `status`: a later status write, or a call given a status of its own (`reply.code(404).redirect(url, 301)`,
 *   `c.status(201); return c.json(x, 200)`).
 */
export type StatusReplacement = (
  | { readonly kind: 'default'; readonly event: CallEvent }
  | { readonly kind: 'status'; readonly event: StatusEvent }
) & {
  /**
   * Nothing but calls on this response runs between the status and its replacement. Otherwise other code does
   * (Express `next()`, Koa `await next()`), which may send the response with the status before it is replaced.
   */
  readonly direct: boolean;
};

/**
 * The event that replaces `code`, the status `site` sets, before its response is sent (see `StatusReplacement`), or
 * undefined: the status may go out. The replacing event always runs once the site has (`alwaysRunsAfter`), and no
 * event that may send the response (a terminal call, a body, the response handed to unknown code) comes between; when
 * other code runs between them too, the replacement is not `direct`. A call that keeps this code
 * (`effect.keepsStatuses`: Koa `ctx.redirect()` keeps a redirect status) replaces nothing; a status set in only some
 * branch replaces it only there.
 */
export function statusReplacement(site: StatusSite, code: number | undefined): StatusReplacement | undefined {
  const response = site.response;
  if (!response || response.opaque) return undefined;
  const owner = site.owner;
  const events = response.events;
  for (const event of events) {
    // The owner's own events: `res.sendStatus(401)` and `c.json(x, 401)` send the status they set.
    if (containsNode(owner, event.node)) {
      if (maySend(event)) return undefined;
      continue;
    }
    // Events before the site; a chain around it (`res.status(401).redirect(url)`) runs after it.
    if (event.node.range[0] < owner.range[1] && !containsNode(event.node, owner)) continue;
    // A call given a status of its own has a status event on the same node.
    const status = event.type === 'status' ? event : events.find((other): other is StatusEvent => other.type === 'status' && other.node === event.node);
    // A later number its API does not apply (TanStack Start ignores `setResponseStatus(4040)`, Express throws) leaves
    // the outcome to that API: no-unknown-status reports it.
    if (status && isOutsideItsRange(status.site)) return undefined;
    const between = status || (event.type === 'call' && event.effect.overridesStatus) ? statementsBetween(owner, event.node) : undefined;
    if (between) {
      const direct = !between.some((statement) => runsOtherCode(statement, (node) => events.some((other) => other.node === node)));
      if (status) return { kind: 'status', event: status, direct };
      if (event.type !== 'call' || (code !== undefined && event.effect.keepsStatuses?.includes(code))) return undefined;
      return { kind: 'default', event, direct };
    }
    if (maySend(event)) return undefined;
  }
  return undefined;
}

/** Whether the site's number is one its API does not apply: outside its range (`accepts`) or its list (`acceptsOnly`). */
function isOutsideItsRange(site: StatusSite): boolean {
  const value = site.value;
  if (value.kind !== 'number') return false;
  const range = site.effect.accepts;
  if (range && (value.value < range.min || value.value > range.max)) return true;
  return site.effect.acceptsOnly !== undefined && !site.effect.acceptsOnly.codes.includes(value.value);
}

function maySend(event: ResponseEvent): boolean {
  return (
    event.type === 'escape' ||
    event.type === 'body' ||
    (event.type === 'call' && (event.effect.terminal === true || event.effect.sendsHead === true))
  );
}
