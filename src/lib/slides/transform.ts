/**
 * Turns one chapter page's rendered HTML into slides, with no second source: a title slide, then
 * slides from the h2/h3 sections the chapter index knows, figures, tables, definitions, lists,
 * asides, code, self-checks and labs on the slides, the running prose as speaker notes. A section
 * larger than a slide continues on numbered slides ("(2/3)"). A pure function over the HTML
 * (parsed with hast-util-from-html); src/components/slides/DeckPart.astro feeds it the page as it
 * renders, src/pages/vortrag/[...slug].astro lays the slides out.
 *
 * Authors steer it with markers from the author components (src/components/slides/): a slide break
 * (`data-slide-break`), content only on slides (`data-slides-only`), content never on slides
 * (`data-page-only`) and explicit notes (`data-speaker-notes`), each a top-level element of the page.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { blockLines, blockRole, hasClass, SLIDE_LINES, tableSlideLines, type BlockRole } from './blocks.ts';
import { INTRO_SLIDE_ID, TITLE_SLIDE_ID } from './decks.ts';
import { revealOf, splitExperiments } from './answers.ts';
import { figurePieces } from './figures.ts';
import { continuationNotes, isListLeadIn } from './notes.ts';
import { firstSentenceEnd } from './sentences.ts';
import { splitBlock } from './split.ts';

export interface Slide {
  /** Unique on the deck page: the section's heading id, `…--2` for continuations. */
  id: string;
  kind: 'title' | 'content' | 'lab' | 'figure';
  /** Plain text of the slide's title (without the continuation count). */
  title: string;
  /** The title as HTML (inline markup of the heading). */
  titleHtml: string;
  /** The h2 a h3 section belongs to, shown above the title. */
  kicker?: string;
  /** The title's heading level (h2 … h4): the PDF's outline nests by it (part → page → section). */
  level: number;
  /** Set if the kicker is a heading too, at this level: a title slide that opens a part of the chapter. */
  kickerLevel?: number;
  /** "(2/3)": this slide's place among its section's slides, if there are several. */
  continued?: { n: number; of: number };
  /** The slide's body. */
  html: string;
  /** Speaker notes (the section's prose), HTML; may be empty. */
  notes: string;
  /** The section on the chapter page, root-relative without base: `/systemdesign/caching/#lru`. */
  source: string;
  /** True if a block larger than a slide could not be split: the runtime scales the slide to fit. */
  fit: boolean;
}

export interface DeckPageInput {
  /** The page's rendered content (what `<Content />` renders). */
  html: string;
  /** The page's title (the chapter index's). */
  title: string;
  /** The part it belongs to, for the title slide: "3 Systemdesign". */
  part?: string;
  /** The line under the title on the title slide (course and chapter). */
  subtitle?: string;
  /** The page's description: the title slide's notes. */
  description?: string;
  /** The page's path, root-relative without base: `/systemdesign/caching/`. */
  pagePath: string;
  /** The h2/h3 sections of the page from the chapter index: where slides begin. */
  headings: Array<{ depth: 2 | 3; id: string; text: string }>;
  /**
   * Ids of the headings as they stand in `html` (the chapter deck prefixes them: `systemdesign-
   * caching--lru`); by default the index's own ids.
   */
  idOf?: (id: string) => string;
  /** Id of the title slide (default `titel`; the chapter deck uses the handout's part id, `teil-…`). */
  titleId?: string;
  /**
   * Heading level of the page's title on its title slide (default 2); its sections' slides are one
   * level below, headings inside a slide's body below those. The chapter deck uses 3 within a part.
   */
  level?: number;
  /** The title slide opens a part of the chapter: its kicker (`part`) is a heading one level above. */
  opensPart?: boolean;
  /** Links that reload this page with a lab scenario (`<page>?c.preset=…#labor`) open the deck instead. */
  links?: { page: string; deck: string };
}

interface Section {
  id: string;
  /** The id the chapter page uses (for "Im Skript lesen"). */
  sourceId: string;
  title: string;
  titleHtml: string;
  kicker?: string;
  nodes: Item[];
}

type Item =
  | { type: 'block'; node: Element; forceSlide?: boolean }
  | { type: 'notes'; nodes: ElementContent[] }
  | { type: 'break'; title?: string };

interface Draft {
  blocks: Element[];
  notes: ElementContent[];
  lines: number;
  kind: Slide['kind'];
  fit: boolean;
  title?: string;
  /** A model answer's slide: counted among its own pieces („(1/2)“), not among the section's slides. */
  answer?: { n: number; of: number };
}

function isWhitespace(node: RootContent): boolean {
  return (
    (node.type === 'text' && node.value.trim() === '') || node.type === 'comment' || node.type === 'doctype'
  );
}

function dataAttribute(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The page's top-level blocks, with Starlight's heading wrappers, ScreenOnly boxes and the author markers resolved. */
function flatten(children: RootContent[]): Item[] {
  const items: Item[] = [];
  for (const node of children) {
    if (isWhitespace(node)) continue;
    if (node.type === 'text') {
      items.push({
        type: 'notes',
        nodes: [{ type: 'element', tagName: 'p', properties: {}, children: [node] }],
      });
      continue;
    }
    if (node.type !== 'element') continue;
    if (dataAttribute(node, 'dataPageOnly') !== undefined) continue;
    if (dataAttribute(node, 'dataSlideBreak') !== undefined) {
      items.push({ type: 'break', title: dataAttribute(node, 'dataTitle') });
      continue;
    }
    if (dataAttribute(node, 'dataSpeakerNotes') !== undefined) {
      items.push({ type: 'notes', nodes: node.children });
      continue;
    }
    if (dataAttribute(node, 'dataSlidesOnly') !== undefined) {
      for (const child of node.children) {
        if (child.type === 'element') items.push({ type: 'block', node: child, forceSlide: true });
      }
      continue;
    }
    if (hasClass(node, 'sl-heading-wrapper')) {
      const heading = node.children.find(
        (child): child is Element => child.type === 'element' && /^h[1-6]$/.test(child.tagName),
      );
      if (heading) items.push({ type: 'block', node: heading });
      continue;
    }
    if (node.tagName === 'div' && hasClass(node, 'screen-only')) {
      items.push(...flatten(node.children));
      continue;
    }
    items.push({ type: 'block', node });
  }
  return items;
}

/** Cuts an element after `offset` characters of its text, keeping the inline markup. */
function truncate(node: Element, offset: number): Element {
  let left = offset;
  const cut = (children: ElementContent[]): ElementContent[] => {
    const kept: ElementContent[] = [];
    for (const child of children) {
      if (left <= 0) break;
      if (child.type === 'text') {
        const text: Text = { type: 'text', value: child.value.slice(0, left) };
        left -= child.value.length;
        kept.push(text);
      } else if (child.type === 'element') {
        const length = toString(child).length;
        if (length <= left) {
          kept.push(child);
          left -= length;
        } else {
          kept.push({ ...child, children: cut(child.children) });
          left = 0;
        }
      }
    }
    return kept;
  };
  return { ...node, children: cut(node.children) };
}

/** A definition's first sentence, for the slide (the whole paragraph goes to the notes). */
function firstSentence(node: Element, className: string): Element {
  const text = toString(node);
  const short = truncate(node, firstSentenceEnd(text));
  return { ...short, properties: { ...short.properties, className: [className] } };
}

/** Links that reload the page with a lab scenario (the guided experiments) stay on the deck. */
function rewriteLinks(node: Element, links: DeckPageInput['links'], idOf: (id: string) => string): void {
  if (!links) return;
  const visit = (element: Element) => {
    if (element.tagName === 'a') {
      const href = String(element.properties.href ?? '');
      if (href.startsWith(`${links.page}?`)) {
        const [query = '', hash] = href.slice(links.page.length).split('#');
        element.properties.href = `${links.deck}${query}${hash ? `#${idOf(hash)}` : ''}`;
      }
    }
    for (const child of element.children) if (child.type === 'element') visit(child);
    // <template> content (islands' children) is a separate fragment in hast.
    const content = (element as Element & { content?: Root }).content;
    if (content) for (const child of content.children) if (child.type === 'element') visit(child);
  };
  visit(node);
}

function sectionsOf(items: Item[], input: DeckPageInput): Section[] {
  const idOf = input.idOf ?? ((id: string) => id);
  const byId = new Map(input.headings.map((heading) => [idOf(heading.id), heading]));
  const sections: Section[] = [];
  let current: Section = {
    id: idOf(INTRO_SLIDE_ID),
    sourceId: '',
    title: input.title,
    titleHtml: escapeHtml(input.title),
    nodes: [],
  };
  let h2Title: string | undefined;
  for (const item of items) {
    const node = item.type === 'block' ? item.node : undefined;
    const heading =
      node && /^h[23]$/.test(node.tagName) ? byId.get(String(node.properties.id ?? '')) : undefined;
    if (node && heading) {
      sections.push(current);
      if (heading.depth === 2) h2Title = toString(node);
      current = {
        id: String(node.properties.id),
        sourceId: heading.id,
        title: toString(node),
        titleHtml: toHtml(node.children),
        kicker: heading.depth === 3 ? h2Title : undefined,
        nodes: [],
      };
      continue;
    }
    current.nodes.push(item);
  }
  sections.push(current);
  return sections.filter((section) => section.nodes.length > 0);
}

/** A lab's frame without its list of guided experiments, and the list's title and items. */
function detachExperiments(frame: Element): { frame: Element; experiments: Element[] } {
  const list = frame.children.find(
    (child): child is Element => child.type === 'element' && hasClass(child, 'lab-experiments'),
  );
  if (!list) return { frame, experiments: [] };
  // The lab on its slide loads them in place (src/components/lab/SlideExperiments.tsx): their scenarios.
  const setups: string[] = [];
  const visit = (node: Element) => {
    if (node.tagName === 'a' && hasClass(node, 'lab-experiment-link'))
      setups.push(String(node.properties.href ?? '').replace(/^[^?]*|#.*$/g, ''));
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  visit(list);
  return {
    frame: {
      ...frame,
      properties: { ...frame.properties, dataLabExperiments: JSON.stringify(setups) },
      children: frame.children.filter((child) => child !== list),
    },
    experiments: list.children.filter((child): child is Element => child.type === 'element'),
  };
}

function emptyDraft(): Draft {
  return { blocks: [], notes: [], lines: 0, kind: 'content', fit: false };
}

/** Packs one section's blocks onto slides; prose waits for the next slide block and joins its notes. */
function draftsOf(section: Section): Draft[] {
  const tableBudget = tableSlideLines(section.title, section.kicker !== undefined);
  const drafts: Draft[] = [];
  let current = emptyDraft();
  let waiting: ElementContent[] = [];
  const close = () => {
    if (current.blocks.some((block) => blockRole(block) !== 'keep') || current.notes.length > 0)
      drafts.push(current);
    else if (current.blocks.length > 0) waiting.unshift(...current.blocks); // scripts only: keep them
    current = emptyDraft();
  };
  const place = (node: Element, lines: number) => {
    current.blocks.push(node);
    current.lines += lines;
    current.notes.push(...waiting);
    waiting = [];
  };
  const queue = [...section.nodes];
  for (let next = 0; next < queue.length; next++) {
    const item = queue[next]!;
    if (item.type === 'notes') {
      waiting.push(...item.nodes);
      continue;
    }
    if (item.type === 'break') {
      // Prose before a break talks about the slide it follows, not the next one.
      if (current.blocks.length > 0) {
        current.notes.push(...waiting);
        waiting = [];
      }
      close();
      if (item.title) current.title = item.title;
      continue;
    }
    const role: BlockRole =
      item.forceSlide && blockRole(item.node) === 'notes' ? 'slide' : blockRole(item.node);
    const following = queue[next + 1];
    if (
      role === 'notes' &&
      isListLeadIn(item.node, following?.type === 'block' ? following.node : undefined)
    ) {
      // „Vorteile:“ heads its list on the slide (with at least the list's start), not the notes.
      const lines = blockLines(item.node, 'slide');
      const list = following?.type === 'block' ? blockLines(following.node, 'slide') : 0;
      if (current.lines > 0 && current.lines + lines + Math.min(list, 3) > SLIDE_LINES) close();
      place(item.node, lines);
      continue;
    }
    if (role === 'notes') {
      waiting.push(item.node);
      continue;
    }
    if (role === 'keep') {
      current.blocks.push(item.node);
      continue;
    }
    if (role === 'figure') {
      // A diagram takes a slide of its own, or several (src/lib/slides/figures.ts).
      close();
      for (const piece of figurePieces(item.node)) {
        place(piece.node, SLIDE_LINES);
        current.notes.push(...piece.notes);
        current.kind = role;
        close();
      }
      continue;
    }
    if (role === 'lab') {
      close();
      const { frame, experiments } =
        role === 'lab' ? detachExperiments(item.node) : { frame: item.node, experiments: [] };
      // The guided experiments follow on their own slide; their links reload the deck at the lab.
      queue.splice(
        next + 1,
        0,
        ...experiments
          .flatMap((node) => splitExperiments(node))
          .map((node) => ({ type: 'block' as const, node, forceSlide: true })),
      );
      place(frame, SLIDE_LINES);
      current.kind = role;
      // A lab lays itself out for the slide (src/components/lab/lab-slide.css): never zoomed to fit.
      close();
      continue;
    }
    if (role === 'definition') {
      const shown = firstSentence(item.node, 'slide-definition');
      const lines = blockLines(shown, 'definition');
      if (current.lines + lines > SLIDE_LINES && current.lines > 0) close();
      place(shown, lines);
      current.notes.push(item.node);
      continue;
    }
    const reveal = revealOf(item.node);
    if (reveal) {
      // Room for the answer opened in the lecture; an answer too long for that gets its own slide(s).
      const closed = blockLines(reveal.without, 'slide');
      const fits = reveal.open <= SLIDE_LINES;
      if (current.lines > 0 && current.lines + (fits ? reveal.open : closed) > SLIDE_LINES) close();
      if (fits) {
        place(item.node, reveal.open);
        continue;
      }
      place(reveal.without, closed);
      close();
      const pieces = reveal.slides(SLIDE_LINES);
      pieces.forEach((piece, index) => {
        place(piece, SLIDE_LINES);
        current.title = reveal.title;
        current.answer = { n: index + 1, of: pieces.length };
        current.notes.push({
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [{ type: 'text', value: reveal.note }],
        });
        close();
      });
      continue;
    }
    const lines = blockLines(item.node, role);
    // A table alone on its slide may fill more of it (its rows are estimated closely).
    const budget = item.node.tagName === 'table' ? tableBudget : SLIDE_LINES;
    if (current.lines + lines <= (current.lines > 0 ? SLIDE_LINES : budget)) {
      place(item.node, lines);
      continue;
    }
    const room = current.lines > 0 ? SLIDE_LINES - current.lines : budget;
    const pieces = splitBlock(item.node, budget, room);
    pieces.forEach((piece, index) => {
      const pieceLines = blockLines(piece, role);
      if (current.lines > 0 && (index > 0 || current.lines + pieceLines > SLIDE_LINES)) close();
      place(piece, pieceLines);
      if (pieceLines > budget) current.fit = true;
    });
  }
  close();
  if (waiting.length > 0) {
    const last = drafts.at(-1);
    if (last) last.notes.push(...waiting);
    else {
      // Prose only: the slide shows the section's first sentence, the notes all of it.
      const lead = waiting.find((node): node is Element => node.type === 'element' && node.tagName === 'p');
      const draft = emptyDraft();
      if (lead) draft.blocks.push(firstSentence(lead, 'slide-lead'));
      draft.notes.push(...waiting);
      drafts.push(draft);
    }
  }
  return drafts;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Headings inside a slide's body sink below the slide's title (`shift` levels, at most to h6).
 * Islands keep their markup as rendered (their component hydrates it).
 */
function demoteHeadings(node: Element, shift: number): Element {
  if (node.tagName === 'astro-island') return node;
  const match = /^h([1-6])$/.exec(node.tagName);
  const tagName = match ? `h${Math.min(6, Number(match[1]) + shift)}` : node.tagName;
  return {
    ...node,
    tagName,
    children: node.children.map((child) => (child.type === 'element' ? demoteHeadings(child, shift) : child)),
  };
}

function notesHtml(nodes: ElementContent[]): string {
  return toHtml(nodes.map((node) => stripIds(node)));
}

/** Notes repeat content that is also on the slide: no ids there, or the page would have two. */
function stripIds<T extends ElementContent>(node: T): T {
  if (node.type !== 'element') return node;
  const { id: _id, ...properties } = node.properties;
  return { ...node, properties, children: node.children.map((child) => stripIds(child)) };
}

/**
 * The slides of one page: its title slide, then its sections' slides in reading order.
 *
 * @example
 * slidesOf({ html: '<h2 id="lru">LRU</h2><p>Fließtext.</p><ul><li>a</li></ul>', title: 'Caching',
 *   pagePath: '/systemdesign/caching/', headings: [{ depth: 2, id: 'lru', text: 'LRU' }] })
 * // [{ id: 'titel', kind: 'title', … }, { id: 'lru', title: 'LRU', html: '<ul><li>a</li></ul>',
 * //   notes: '<p>Fließtext.</p>', source: '/systemdesign/caching/#lru', … }]
 */
export function slidesOf(input: DeckPageInput): Slide[] {
  const idOf = input.idOf ?? ((id: string) => id);
  const level = input.level ?? 2;
  const root = fromHtml(input.html, { fragment: true });
  const items = flatten(root.children);
  for (const item of items) if (item.type === 'block') rewriteLinks(item.node, input.links, idOf);

  const title: Slide = {
    id: input.titleId ?? idOf(TITLE_SLIDE_ID),
    kind: 'title',
    title: input.title,
    titleHtml: escapeHtml(input.title),
    kicker: input.part,
    level,
    kickerLevel: input.opensPart && input.part ? level - 1 : undefined,
    html: input.subtitle ? `<p class="slide-subtitle">${escapeHtml(input.subtitle)}</p>` : '',
    notes: input.description ? `<p>${escapeHtml(input.description)}</p>` : '',
    source: input.pagePath,
    fit: false,
  };
  const slides: Slide[] = [title];
  for (const section of sectionsOf(items, input)) {
    const drafts = draftsOf(section);
    // A model answer's slides count among themselves; the section's own slides among each other.
    const own = drafts.filter((draft) => !draft.answer);
    const sectionNotes = drafts.flatMap((draft) => (draft.answer ? [] : draft.notes));
    drafts.forEach((draft, index) => {
      const id = index === 0 ? section.id : `${section.id}--${index + 1}`;
      const count = draft.answer ?? { n: own.indexOf(draft) + 1, of: own.length };
      slides.push({
        id,
        kind: draft.kind,
        title: draft.title ?? section.title,
        titleHtml: draft.title ? escapeHtml(draft.title) : section.titleHtml,
        kicker: section.kicker,
        level: level + 1,
        continued: count.of > 1 ? count : undefined,
        // The page's own headings start at h2; on a slide they stand below its title.
        html: toHtml(draft.blocks.map((block) => demoteHeadings(block, level))),
        notes: notesHtml(
          draft.notes.length === 0 && count.n > 1
            ? continuationNotes(draft.title ?? section.title, count, sectionNotes)
            : draft.notes,
        ),
        source: section.sourceId ? `${input.pagePath}#${section.sourceId}` : input.pagePath,
        fit: draft.fit,
      });
    });
  }
  return slides;
}
