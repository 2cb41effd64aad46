import express, { type NextFunction, type Request, type Response } from 'express';
import createError from 'http-errors';

export const app = express();
app.use(express.json());

interface User {
  id: string;
  name: string;
}

const users = new Map<string, User>();

app.get('/users/:id', (req: Request<{ id: string }>, res: Response) => {
  const user = users.get(req.params.id);
  if (!user) {
    // Slip: a typo that Express 5 turns into a RangeError and a 500.
    res.status(4040).json({ error: 'user not found' });
    return;
  }
  res.status(200).json(user);
});

app.post('/users', (req: Request, res: Response) => {
  const user: User = { id: String(users.size + 1), name: String(req.body.name) };
  users.set(user.id, user);
  res.status(201).location(`/users/${user.id}`).json(user);
});

app.delete('/users/:id', (req: Request<{ id: string }>, res: Response) => {
  users.delete(req.params.id);
  res.sendStatus(204);
});

app.get('/profile', (_req: Request, res: Response) => {
  // Slip: 301 without a Location header leaves the client nowhere to go (use res.redirect(301, '/users/me')).
  res.sendStatus(301);
});

app.get('/brew', (_req: Request, res: Response) => {
  // Slip: 418 is reserved ("(Unused)") in RFC 9110.
  res.sendStatus(418);
});

app.get('/pricing', (_req: Request, res: Response) => {
  // Slip: redirect() applies its own 302 and ignores the 301 set before it.
  res.status(301).redirect('/plans');
});

app.get('/legacy', (_req: Request, _res: Response, next: NextFunction) => {
  // Slip: 302 is not an error status (Express's default error handler would answer 500).
  next(createError(302, 'Moved to /v2'));
});

app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

if (process.env.NODE_ENV !== 'test') {
  // Not statuses: a port and a timeout.
  const server = app.listen(3000);
  setTimeout(() => server.close(), 60_000);
}
