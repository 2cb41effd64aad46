import request from 'supertest';
import { describe, expect, it } from 'vitest';

import { app } from '../src/express-app.js';

describe('users API', () => {
  it('creates a user', async () => {
    const res = await request(app).post('/users').send({ name: 'Ada' }).expect(201);
    expect(res.headers.location).toBe('/users/1');
  });

  it('answers 404 for a missing user', async () => {
    const res = await request(app).get('/users/999');
    // Slip: the assertion can never pass; did you mean 404?
    expect(res.status).toBe(4004);
  });

  it('lists users', async () => {
    // Slip: a lone string makes supertest assert the body "200", not the status.
    await request(app).get('/users').expect('200');
  });

  it('deletes a user', async () => {
    await request(app).delete('/users/1').expect(204);
  });
});
