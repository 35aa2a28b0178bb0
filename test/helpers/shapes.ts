import { describe, expect, test } from 'vitest';
import type { Shape } from '../../src/pipeline/attribute/shape.js';
import { rulesOf } from './claims.js';

/**
 * A shape family's table test: each record's example (and each extra positive) gets a claim with the record's
 * rule id; each near miss gets no claim with the id named beside it.
 */
export function shapeTable(family: string, shapes: readonly Shape[], positives: readonly (readonly [string, string])[], nearMisses: readonly (readonly [string, string])[]): void {
  const ids = new Set(shapes.map((s) => s.id));
  describe(`${family}: the table`, () => {
    test.each(shapes.map((s) => [s.id, s.example] as const))('%s matches its example %j', (id, text) => {
      expect(rulesOf(text)).toContain(id);
    });
    test.each(positives)('%s matches %j', (id, text) => {
      expect(ids.has(id)).toBe(true);
      expect(rulesOf(text)).toContain(id);
    });
    test.each(nearMisses)('%s does not match the near miss %j', (id, text) => {
      expect(ids.has(id)).toBe(true);
      expect(rulesOf(text)).not.toContain(id);
    });
  });
}
