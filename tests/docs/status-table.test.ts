import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { IANA_STATUS_CODES, VENDOR_CODES } from '../../src/codes/index.js';
import { renderStatusTable, type SeedRow } from '../../src/codes/render-table.js';

const read = (relative: string): string => readFileSync(new URL(relative, import.meta.url), 'utf8');

const meaningsZh = JSON.parse(read('../../scripts/data/status-meanings.zh.json')) as Record<string, string>;
const seedRows = JSON.parse(read('../../scripts/data/seed-codes.json')) as SeedRow[];
const rendered = renderStatusTable(meaningsZh, seedRows);

describe('docs/status-codes.md', () => {
  it('is up to date (run `npm run build && npm run generate` if this fails)', () => {
    expect(read('../../docs/status-codes.md')).toBe(rendered);
  });

  it('has a row for every IANA code with its phrase and a non-empty Chinese meaning', () => {
    expect(Object.keys(meaningsZh).sort()).toEqual(IANA_STATUS_CODES.map((info) => String(info.code)).sort());
    for (const info of IANA_STATUS_CODES) {
      const row = rendered.split('\n').find((line) => line.startsWith(`| ${info.code} | ${info.phrase} |`));
      expect(row, String(info.code)).toBeDefined();
      const cells = (row ?? '').split(' | ');
      const meaning = (cells.at(-1) ?? '').replace(/ \|$/, '').trim();
      expect(meaning.length, String(info.code)).toBeGreaterThan(0);
      expect(meaning).toBe(meaningsZh[String(info.code)]);
      expect(row).toContain(`](${info.referenceUrl})`);
    }
  });

  it('has a row for every vendor code', () => {
    for (const entry of VENDOR_CODES) {
      expect(rendered).toContain(`| ${entry.code} | \`${entry.vendor}\` | ${entry.phrase} |`);
    }
  });

  it('lists the seed rows whose phrase differs from the registry', () => {
    expect(seedRows).toHaveLength(39);
    const section = rendered.slice(rendered.indexOf('## Differences from the original Chinese table'));
    expect(section).toContain('**203**: the table says "No Content"; the registry says "Non-Authoritative Information"');
    expect(section).toContain('**100**: the table says "continue"; the registry says "Continue" (case only)');
    expect(section).toContain('**413**: the table says "Request Entity Too Large"');
    expect(section).not.toContain('**200**');
    expect(section.match(/the table says/g)).toHaveLength(16);
  });

  it('is deterministic and throws when a Chinese meaning is missing', () => {
    expect(renderStatusTable(meaningsZh, seedRows)).toBe(rendered);
    const withoutNotFound = Object.fromEntries(Object.entries(meaningsZh).filter(([code]) => code !== '404'));
    expect(() => renderStatusTable(withoutNotFound, seedRows)).toThrow(/404/);
  });
});
