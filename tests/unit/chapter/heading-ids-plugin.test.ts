import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingIdsPlugin } from '../../../src/plugins/heading-ids.ts';

const compile = (source: string) =>
  mdxToJs(source, {
    features: { headingAttributes: true },
    mdastPlugins: [headingIdsPlugin()],
    fileURL: new URL(`file://${process.cwd()}/content/docs/seite.mdx`),
  });

describe('headingIdsPlugin (the rule in the Markdown pipeline)', () => {
  it('lets headings with stable ids through and ignores code blocks', () => {
    expect(() => compile('# Titel\n\n## Gut {#gut}\n\n```md\n## kein Titel\n```\n')).not.toThrow();
  });

  it('names file and line of a heading without id and proposes one', () => {
    expect(() => compile('Text\n\n### Größe der Caches\n')).toThrow(
      'content/docs/seite.mdx:3: Die Überschrift „Größe der Caches“ braucht eine feste id, damit Links auf sie stabil bleiben, z. B. „### Größe der Caches {#groesse-der-caches}“.',
    );
  });

  it('rejects a repeated id within one page, but not across pages', () => {
    expect(() => compile('## A {#a}\n\n## B {#a}\n')).toThrow(
      'seite.mdx:3: Die id „a“ ist auf dieser Seite doppelt vergeben.',
    );
    expect(() => compile('## A {#a}\n')).not.toThrow();
    expect(() => compile('## A {#a}\n')).not.toThrow();
  });
});
