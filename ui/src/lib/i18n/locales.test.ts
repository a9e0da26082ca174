// Every language file: it parses, it has the same messages as English, and it keeps
// every { $variable } of the English message.
import { describe, expect, it } from 'vitest';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import {
  type Entry,
  type Expression,
  type Pattern,
  Junk,
  Message,
  Placeable,
  SelectExpression,
  Term,
  TextElement,
  VariableReference,
  parse,
} from '@fluent/syntax';
import { LOCALES } from '../bindings';
import { bcp47, byLocale } from './i18n.svelte';

const SOURCES = byLocale(
  import.meta.glob<string>('../../../../locales/*.ftl', { query: '?raw', import: 'default', eager: true }),
);
const source = (locale: string) => SOURCES[locale] ?? '';

type Vars = { shown: Set<string>; selectors: Set<string> };
/** What each message (`id`) and attribute (`id.attr`) holds: its variables. */
type Shape = Map<string, Vars>;

function variables(pattern: Pattern | null | undefined, vars: Vars = { shown: new Set(), selectors: new Set() }) {
  const visit = (expression: Expression) => {
    if (expression instanceof VariableReference) vars.shown.add(expression.id.name);
    else if (expression instanceof SelectExpression) {
      if (expression.selector instanceof VariableReference) vars.selectors.add(expression.selector.id.name);
      for (const variant of expression.variants) variables(variant.value, vars);
    } else if (expression instanceof Placeable) visit(expression.expression);
  };
  for (const element of pattern?.elements ?? []) {
    if (element instanceof Placeable) visit(element.expression);
    else if (!(element instanceof TextElement)) throw new Error('unexpected element');
  }
  return vars;
}

function shapeOf(locale: string): { messages: Shape; terms: Set<string>; junk: string[] } {
  const resource = parse(source(locale), { withSpans: true });
  const messages: Shape = new Map();
  const terms = new Set<string>();
  const junk: string[] = [];
  for (const entry of resource.body as Entry[]) {
    if (entry instanceof Junk) {
      junk.push(`${entry.annotations.map((a) => a.message).join('; ')}: ${entry.content.trim().split('\n')[0]}`);
    } else if (entry instanceof Message) {
      if (entry.value) messages.set(entry.id.name, variables(entry.value));
      for (const attribute of entry.attributes) {
        messages.set(`${entry.id.name}.${attribute.id.name}`, variables(attribute.value));
      }
    } else if (entry instanceof Term) {
      terms.add(entry.id.name);
    }
  }
  return { messages, terms, junk };
}

const english = shapeOf('en');
const OTHERS = LOCALES.filter((locale) => locale !== 'en');

describe('language files', () => {
  it('exist for exactly the 18 languages of the product', () => {
    expect(Object.keys(SOURCES).sort()).toEqual([...LOCALES].sort());
  });

  it('English has the messages the interface uses', () => {
    expect(english.messages.size).toBeGreaterThan(300);
    expect(english.messages.has('signin-title')).toBe(true);
  });

  describe.each(LOCALES.map((locale) => [locale]))('%s.ftl', (locale) => {
    it('parses with no errors', () => {
      expect(shapeOf(locale).junk).toEqual([]);
      const bundle = new FluentBundle(bcp47(locale), { useIsolating: false });
      expect(bundle.addResource(new FluentResource(source(locale)))).toEqual([]);
    });

    it('formats every message without errors, for one and for many', () => {
      const bundle = new FluentBundle(bcp47(locale), { useIsolating: false });
      bundle.addResource(new FluentResource(source(locale)));
      for (const [key, vars] of english.messages) {
        const [id, attribute] = key.split('.');
        const message = bundle.getMessage(id);
        const pattern = attribute ? message?.attributes[attribute] : message?.value;
        if (!pattern) continue; // reported by the next test
        for (const n of [1, 2, 5, 21]) {
          const args = Object.fromEntries([...vars.shown, ...vars.selectors].map((name) => [name, n]));
          const errors: Error[] = [];
          const text = bundle.formatPattern(pattern, args, errors);
          expect(errors.map((e) => `${key}: ${e.message}`)).toEqual([]);
          expect(text.trim(), key).not.toBe('');
        }
      }
    });
  });

  describe.each(OTHERS.map((locale) => [locale]))('%s.ftl against en.ftl', (locale) => {
    const translation = shapeOf(locale);

    it('has exactly the same message ids and attributes', () => {
      const missing = [...english.messages.keys()].filter((key) => !translation.messages.has(key));
      const extra = [...translation.messages.keys()].filter((key) => !english.messages.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      expect([...translation.terms].sort()).toEqual([...english.terms].sort());
    });

    it('keeps every variable of each English message, and adds none', () => {
      const lost: string[] = [];
      const added: string[] = [];
      for (const [key, vars] of english.messages) {
        const theirs = translation.messages.get(key);
        if (!theirs) continue;
        for (const name of vars.shown) if (!theirs.shown.has(name)) lost.push(`${key}: $${name}`);
        for (const name of vars.selectors) {
          if (!theirs.shown.has(name) && !theirs.selectors.has(name)) lost.push(`${key}: $${name}`);
        }
        for (const name of [...theirs.shown, ...theirs.selectors]) {
          if (!vars.shown.has(name) && !vars.selectors.has(name)) added.push(`${key}: $${name}`);
        }
      }
      expect({ lost, added }).toEqual({ lost: [], added: [] });
    });
  });
});
