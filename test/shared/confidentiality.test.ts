import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { COLLECTION_CONFIDENTIALITY, SINGLETON_CONFIDENTIALITY, type Shape } from '../../shared/schema/confidentiality';
import { COLLECTIONS, SINGLETONS } from '../../shared/schema/document';

type Schema = z.ZodType;
const def = (s: Schema) => s._zod.def as unknown as Record<string, unknown> & { type: string };

/** Inside defaults, optionals, nullables and the like. */
function unwrap(s: Schema): Schema {
  const d = def(s);
  if (d.innerType) return unwrap(d.innerType as Schema);
  if (d.type === 'pipe') return unwrap(d.in as Schema);
  return s;
}

/** Free text: a string with no format (ids are a pattern, dates an ISO format; neither can say anything). */
const isText = (s: Schema): boolean => {
  const u = unwrap(s);
  const d = def(u);
  if (d.type === 'string') return (u as z.ZodString).format == null;
  if (d.type === 'array') return isText(d.element as Schema);
  if (d.type === 'record') return isText(d.valueType as Schema);
  if (d.type === 'union') return (d.options as Schema[]).some(isText);
  return false;
};

/** The objects a field holds: one object, a list or a map of them; null for anything else. */
function partOf(s: Schema): { object: z.ZodObject; map: boolean } | null {
  const u = unwrap(s);
  const d = def(u);
  if (d.type === 'object') return { object: u as z.ZodObject, map: false };
  if (d.type === 'array') {
    const e = unwrap(d.element as Schema);
    return def(e).type === 'object' ? { object: e as z.ZodObject, map: false } : null;
  }
  if (d.type === 'record') {
    const v = unwrap(d.valueType as Schema);
    return def(v).type === 'object' ? { object: v as z.ZodObject, map: true } : null;
  }
  return null;
}

/** Does anything under this object hold text? */
const holdsText = (o: z.ZodObject): boolean =>
  Object.values(o.shape).some((f: Schema) => {
    if (isText(f)) return true;
    const p = partOf(f);
    return p !== null && holdsText(p.object);
  });

/**
 * Walk a zod object beside its declared shape and say what disagrees: a text field not
 * declared, a declared field that is not text (or not there), a part with text not declared,
 * a flag that is not a boolean, a rule with no flag to follow.
 */
function problems(name: string, schema: Schema, shape: Shape, flagAbove: boolean): string[] {
  const out: string[] = [];
  const obj = unwrap(schema) as z.ZodObject;
  const fields = obj.shape as Record<string, Schema>;
  if (shape.flag !== undefined && def(unwrap(fields[shape.flag] ?? z.never())).type !== 'boolean')
    out.push(`${name}: the flag "${shape.flag}" is not a boolean field`);
  const hasFlag = shape.flag !== undefined;
  for (const [k, f] of Object.entries(fields)) {
    const rule = shape.text[k];
    if (isText(f)) {
      if (rule === undefined) out.push(`${name}.${k}: a text field without a declaration`);
      else if (rule === 'flag' && !hasFlag) out.push(`${name}.${k}: follows a flag, but ${name} has none`);
      else if (rule === 'parent' && !flagAbove) out.push(`${name}.${k}: follows its parent's flag, but nothing above it has one`);
    } else if (rule !== undefined) out.push(`${name}.${k}: declared as text, but it is not free text`);
    const part = partOf(f);
    const declared = shape.parts?.[k];
    if (part && holdsText(part.object) && !declared) out.push(`${name}.${k}: holds text, but is not declared as a part`);
    if (declared) {
      if (!part) out.push(`${name}.${k}: declared as a part, but it holds no objects`);
      else {
        if ((declared.map ?? false) !== part.map)
          out.push(`${name}.${k}: ${part.map ? 'a map of parts: declare it with map: true' : 'not a map of parts'}`);
        out.push(...problems(`${name}.${k}`, part.object, declared, flagAbove || hasFlag));
      }
    }
  }
  for (const k of Object.keys(shape.text)) if (!(k in fields)) out.push(`${name}.${k}: declared, but the schema has no such field`);
  for (const k of Object.keys(shape.parts ?? {}))
    if (!(k in fields)) out.push(`${name}.${k}: declared as a part, but the schema has no such field`);
  return out;
}

describe('confidentiality is declared for every text field of the document', () => {
  test('every collection and singleton, nested parts included, agrees with the schema', () => {
    const found = [
      ...Object.entries(COLLECTIONS).flatMap(([c, s]) =>
        problems(c, s as Schema, COLLECTION_CONFIDENTIALITY[c as keyof typeof COLLECTIONS], false),
      ),
      ...Object.entries(SINGLETONS).flatMap(([c, s]) =>
        problems(c, s as Schema, SINGLETON_CONFIDENTIALITY[c as keyof typeof SINGLETONS], false),
      ),
    ];
    expect(found).toEqual([]);
  });

  test('the walk finds what it should: a new text field or part without a declaration fails', () => {
    const grown = z.object({
      id: z.string().regex(/^[a-z]+$/),
      title: z.string(),
      secret: z.string().max(10).default(''),
      words: z.array(z.string()).default([]),
      confidential: z.boolean(),
      items: z.array(z.object({ id: z.string().regex(/^[a-z]+$/), text: z.string() })),
      byKey: z.record(z.string(), z.object({ facts: z.string() })),
      day: z.iso.date(),
    });
    expect(
      problems(
        'x',
        grown,
        { flag: 'confidential', text: { title: 'open', day: 'open' } as never, parts: { byKey: { text: { facts: 'parent' } } } },
        false,
      ),
    ).toEqual([
      'x.secret: a text field without a declaration',
      'x.words: a text field without a declaration',
      'x.items: holds text, but is not declared as a part',
      'x.byKey: a map of parts: declare it with map: true',
      'x.day: declared as text, but it is not free text',
    ]);
    expect(problems('x', grown, { text: { title: 'flag', secret: 'parent', words: 'open', nope: 'open' } as never }, false)).toEqual([
      'x.title: follows a flag, but x has none',
      "x.secret: follows its parent's flag, but nothing above it has one",
      'x.items: holds text, but is not declared as a part',
      'x.byKey: holds text, but is not declared as a part',
      'x.nope: declared, but the schema has no such field',
    ]);
  });
});
