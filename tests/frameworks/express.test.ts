import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-unknown-status.js';
import { sitesOf } from '../analysis/helpers.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('no-unknown-status (Express routers)', rule, {
  valid: [
    `
const express = require('express');
const router = express.Router();
router.get('/', (req, res) => res.status(200).json([]));
module.exports = router;
`,
    // A router from another library, without an Express import.
    `
import { Router } from 'itty-router';
const router = Router();
router.get('/', (req, res) => res.status(4040));
`,
  ],
  invalid: [
    {
      code: `
const router = require('express').Router();

router.get('/', (req, res) => res.status(4040));
module.exports = router;
`,
      errors: [
        { messageId: 'outOfRange', line: 4, column: 42, endLine: 4, endColumn: 46, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "404 Not Found" }, output: `
const router = require('express').Router();

router.get('/', (req, res) => res.status(404));
module.exports = router;
` },
{ messageId: 'replaceWithCode', data: { status: "400 Bad Request" }, output: `
const router = require('express').Router();

router.get('/', (req, res) => res.status(400));
module.exports = router;
` },
] },
      ],
    },
    {
      code: `
import { Router } from 'express';

export const router = Router();
router.post('/items', async (req, res) => {
  const item = await save(req.body);
  res.status(2010).json(item);
});
`,
      errors: [
        { messageId: 'outOfRange', line: 7, column: 14, endLine: 7, endColumn: 18, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "201 Created" }, output: `
import { Router } from 'express';

export const router = Router();
router.post('/items', async (req, res) => {
  const item = await save(req.body);
  res.status(201).json(item);
});
` },
{ messageId: 'replaceWithCode', data: { status: "200 OK" }, output: `
import { Router } from 'express';

export const router = Router();
router.post('/items', async (req, res) => {
  const item = await save(req.body);
  res.status(200).json(item);
});
` },
] },
      ],
    },

  ],
});

describe('Express router analysis', () => {
  it('counts require("express").Router() files as Express', () => {
    expect(sitesOf(`
const router = require('express').Router();
router.delete('/:id', (req, res) => res.sendStatus(204));
`)).toEqual([{ text: '204', value: 204, role: 'response', framework: 'Express', label: 'res.sendStatus()' }]);
  });
});
