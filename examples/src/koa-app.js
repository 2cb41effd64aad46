import Koa from 'koa';

const app = new Koa();

app.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  ctx.set('X-Response-Time', `${Date.now() - started}ms`);
});

app.use(async (ctx, next) => {
  if (ctx.path.startsWith('/admin') && !ctx.get('Authorization')) {
    // Slip: ctx.throw() discards headers set before it, so the 401 goes out without its challenge.
    ctx.set('WWW-Authenticate', 'Bearer realm="admin"');
    ctx.throw(401, 'token required');
  }
  await next();
});

app.use(async (ctx) => {
  if (ctx.path === '/health') {
    ctx.status = 200;
    ctx.body = { ok: true };
    return;
  }
  if (ctx.path === '/blog') {
    // Slip: ctx.redirect() takes no status; Koa sends 302 Found.
    ctx.redirect('https://blog.example.com', 301);
    return;
  }
  if (ctx.path === '/signup' && !ctx.query.name) {
    // Slip: Koa 3 takes ctx.throw(status, message); this order throws a TypeError and answers 500.
    ctx.throw('name required', 400);
  }
  if (ctx.path === '/legacy-proxy') {
    // Slip: 305 Use Proxy is deprecated (RFC 9110 §15.4.6).
    ctx.status = 305;
    return;
  }
  // Slip: 2001 is not a status code; did you mean 201?
  ctx.status = 2001;
  ctx.body = { created: true };
});

app.listen(8080);
