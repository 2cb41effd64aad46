// Route handlers in the Fetch style (Next.js App Router, SvelteKit, Workers, Deno, Bun).

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const id = url.searchParams.get('id');
  if (!id) {
    return Response.json({ error: 'id is required' }, { status: 400 });
  }
  const upstream = await fetch(`https://api.example.com/items/${id}`);
  if (upstream.status === 404) {
    // Slip: 'OK' is the phrase of 200, so the status line reads "404 OK".
    return new Response('Not Found', { status: 404, statusText: 'OK' });
  }
  // Slip: 2000 is not a status; did you mean 200?
  if (upstream.status === 2000) {
    return new Response(upstream.body, { status: 200 });
  }
  // Slip: `<= 300` takes in 300 Multiple Choices; `upstream.ok` says what is meant.
  if (upstream.status >= 200 && upstream.status <= 300) {
    return Response.json(await upstream.json());
  }
  return new Response('Bad Gateway', { status: 502 });
}

export async function DELETE(request: Request): Promise<Response> {
  const id = new URL(request.url).searchParams.get('id');
  await fetch(`https://api.example.com/items/${id}`, { method: 'DELETE' });
  // Slip: a 204 cannot carry content; the Response constructor throws a TypeError here.
  return new Response('deleted', { status: 204 });
}

export function OPTIONS(): Response {
  // Slip: the Response constructor only accepts 200–599 and throws a RangeError for 101.
  return new Response(null, { status: 101, headers: { Upgrade: 'websocket' } });
}
