/**
 * Makes the text inside the PDF say what was written, for every extractor (copy/paste, search,
 * pdftotext, pdf.js), by replacing pdfkit's `EmbeddedFont.encode` on each font of our documents.
 *
 * pdfkit maps each glyph to the code points fontkit first saw for it. That breaks Thai twice:
 *  - Sarabun draws ำ as two glyphs (nikhahit + the glyph of า), so ทำงาน extracts as ทำางาน;
 *    worse, if ำ comes first in a document, the า glyph is remembered as "nothing" and every
 *    later า vanishes from the text (กา → ก).
 *  - Alternate forms (่.small, ั.narrow, ฬ.short…) have no code point of their own.
 * Here each glyph gets the text of its place in the string: the text is cut into grapheme
 * clusters, the glyphs are matched to clusters, and inside a cluster the characters are shared
 * among the glyphs in order, preferring what the font's cmap says (see assignGroup). When one
 * glyph must read differently in different places (า alone vs. า inside ำ) it gets a second
 * character id in the embedded subset (a copy of the glyph), so the ToUnicode map can say both.
 * This is the route every extractor follows; ActualText (which pdf.js ignores) is used only for
 * the geometry problem below that ToUnicode cannot solve.
 *
 * Extractors also order characters by where they are drawn. A zero-width mark drawn at or right
 * of the pen sits *after* the start of the next letter, and poppler then reorders or splits the
 * word (ส่วน → "สว ่ น"). So every zero-advance glyph is drawn ending exactly at the pen: moved
 * at least MARK_NUDGE (1/100 em, not visible) left, and given a declared width equal to that
 * distance with the pen brought back by the same amount. Stacked marks that start at nearly the
 * same x are nudged apart by 1/1000 em in written order (ที่, ขึ้น). Where the font puts a
 * second mark clearly left of the first (ื with a tone mark: เพื่อ, ชื่อ; ปู่ under a tall
 * consonant), moving it would show, so that cluster gets an ActualText span instead
 * (actualTextSpans; written by actual-text.ts).
 *
 * Shaping depends only on the font and the text, so shaped chunks are kept per font file and
 * shared by all documents; only character ids are per document.
 */
import type { EmbeddedFont, FontkitGlyphRun, GlyphPosition } from './pdfmake-internals';

/** How far (in 1/1000 em) a mark's origin must sit left of the pen; 1/100 em is not visible. */
const MARK_NUDGE = 10;
/** Stacked marks closer than this (1/1000 em) are nudged into written order; further apart they are left alone. */
const STACK_NUDGE = 12;
const CACHE_LIMIT = 50_000;

/** A base character with the marks that belong to it (ำ and Lao ຳ count as marks here). */
const CLUSTER = /[\s\S][\p{M}\u0E33\u0EB3\u200D]*/gu;
/** How many neighbouring clusters may form one ligature before we give up matching. */
const MAX_CLUSTERS_PER_LIGATURE = 4;
/** The most characters one glyph may stand for (a ligature); bounds the matching work. */
const MAX_CHARS_PER_GLYPH = 8;

/** What a chunk of text becomes in a given font, independent of any document. */
interface ShapedChunk {
  readonly glyphIds: readonly number[];
  readonly texts: readonly string[];
  readonly positions: readonly GlyphPosition[];
  /** Clusters whose marks are not drawn left to right in written order (see actualTextSpans). */
  readonly spans: readonly ActualTextSpan[];
  /** Per glyph: what makes its character id (glyph, declared width, text), as a map key. */
  readonly cidKeys: readonly string[];
  /**
   * Per UTF-16 position of the chunk: the advance (1/1000 em) of the glyphs of the cluster that
   * starts there, 0 inside a cluster. Sums over a prefix give the width of that prefix.
   */
  readonly charAdvances: Float64Array;
}

/** Glyphs [start, end) of an encoded run that should carry `text` as their ActualText. */
export interface ActualTextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Per font file (same font, same shaping), shared by all documents. */
interface FontKnowledge {
  /** pdfkit's shaping cache (text → glyph run), shared instead of rebuilt for every document. */
  layoutCache: Record<string, FontkitGlyphRun>;
  readonly chunks: Map<string, ShapedChunk>;
  readonly clusterGlyphs: Map<string, readonly number[]>;
  cmapStrings: Map<number, string[]> | null;
}

/** Per embedded font of one document: the character ids given out so far. */
interface DocumentFontState {
  readonly knowledge: FontKnowledge;
  /** Spans of the runs encoded since the last `takeActualTextSpans` (one list per encode call). */
  recentSpans: ActualTextSpan[][];
  readonly encodedChunks: Map<string, { hex: string[]; positions: readonly GlyphPosition[]; spans: readonly ActualTextSpan[] }>;
  readonly cidByKey: Map<string, number>;
  readonly includedGlyphs: Set<number>;
}

const knowledgeByFont = new Map<string, FontKnowledge>();
const stateByFont = new WeakMap<object, DocumentFontState>();

export function isEmbeddedFont(font: unknown): font is EmbeddedFont {
  const candidate = font as Partial<EmbeddedFont> | null;
  return (
    !!candidate &&
    typeof candidate.encode === 'function' &&
    typeof candidate.layoutCached === 'function' &&
    !!candidate.subset &&
    Array.isArray(candidate.subset.glyphs) &&
    Array.isArray(candidate.unicode) &&
    Array.isArray(candidate.widths)
  );
}

/** Replaces `font.encode` with the cluster-aware version. Idempotent. */
export function upgradeFont(font: EmbeddedFont): void {
  if (stateByFont.has(font)) return;
  const state: DocumentFontState = {
    knowledge: knowledgeFor(font),
    recentSpans: [],
    encodedChunks: new Map(),
    cidByKey: new Map(),
    includedGlyphs: new Set(),
  };
  stateByFont.set(font, state);
  // Shaping is the main cost of a Thai PDF and depends only on the font and the text, so runs
  // are kept per font file rather than per document (pdfkit only caches when it is allowed to).
  if ((font as { layoutCache?: unknown }).layoutCache) (font as { layoutCache?: unknown }).layoutCache = state.knowledge.layoutCache;
  font.encode = (text: string, features?: unknown) => encode(font, state, text, features);
}

/**
 * The width (1/1000 em, no character spacing) of each prefix of `text` ending at `positions`,
 * from one shaping of the whole text, as it is drawn: measuring the words one by one would shape
 * them all again. Null when the font is not ours, or the text is more than one shaping chunk
 * (a space inside it) — then the caller measures.
 */
export function prefixAdvances(font: unknown, text: string, positions: readonly number[]): number[] | null {
  const state = stateByFont.get(font as object);
  const inner = text.trimEnd();
  if (!state || /[ \t]/.test(inner) || text.length === 0) return null;
  const shaped = shapedChunk(font as EmbeddedFont, state.knowledge, text);
  const sums: number[] = [];
  let sum = 0;
  let at = 0;
  for (const position of positions) {
    while (at < position) sum += shaped.charAdvances[at++]!;
    sums.push(sum);
  }
  return sums;
}

/**
 * The ActualText spans of the runs `font` encoded since the last call, one list per encode call.
 * (pdfkit encodes once per drawn text fragment; the caller wraps those glyphs in marked content.)
 */
export function takeActualTextSpans(font: unknown): ActualTextSpan[][] {
  const state = stateByFont.get(font as object);
  if (!state) return [];
  const spans = state.recentSpans;
  state.recentSpans = [];
  return spans;
}

function knowledgeFor(font: EmbeddedFont): FontKnowledge {
  const fk = font.font as unknown as { postscriptName?: string; numGlyphs?: number; head?: { checkSumAdjustment?: number } };
  const key = `${fk.postscriptName ?? '?'}:${fk.numGlyphs ?? '?'}:${fk.head?.checkSumAdjustment ?? '?'}`;
  let knowledge = knowledgeByFont.get(key);
  if (!knowledge) {
    knowledge = { layoutCache: Object.create(null) as Record<string, FontkitGlyphRun>, chunks: new Map(), clusterGlyphs: new Map(), cmapStrings: null };
    knowledgeByFont.set(key, knowledge);
  }
  if (Object.keys(knowledge.layoutCache).length > CACHE_LIMIT) knowledge.layoutCache = Object.create(null) as Record<string, FontkitGlyphRun>;
  return knowledge;
}

function encode(font: EmbeddedFont, state: DocumentFontState, text: string, features: unknown): [string[], GlyphPosition[]] {
  if (features) {
    // Features change the shaping, so these runs are neither split nor cached (pdfkit does the same).
    const shaped = shapeChunk(font, state.knowledge, text, font.layoutRun(text, features), features);
    state.recentSpans.push([...shaped.spans]);
    return [hexFor(font, state, shaped), [...shaped.positions]];
  }
  const hex: string[] = [];
  const positions: GlyphPosition[] = [];
  const spans: ActualTextSpan[] = [];
  // pdfkit shapes text in space-separated chunks (each with its trailing space); so do we.
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 0x20 || char === 0x09 || i === text.length - 1) {
      const chunk = text.slice(start, i + 1);
      start = i + 1;
      let encoded = state.encodedChunks.get(chunk);
      if (!encoded) {
        const shaped = shapedChunk(font, state.knowledge, chunk);
        encoded = { hex: hexFor(font, state, shaped), positions: shaped.positions, spans: shaped.spans };
        state.encodedChunks.set(chunk, encoded);
      }
      for (const span of encoded.spans) spans.push({ start: span.start + hex.length, end: span.end + hex.length, text: span.text });
      for (const id of encoded.hex) hex.push(id);
      for (const position of encoded.positions) positions.push(position);
    }
  }
  state.recentSpans.push(spans);
  return [hex, positions];
}

function shapedChunk(font: EmbeddedFont, knowledge: FontKnowledge, chunk: string): ShapedChunk {
  let shaped = knowledge.chunks.get(chunk);
  if (!shaped) {
    shaped = shapeChunk(font, knowledge, chunk, font.layoutCached(chunk), undefined);
    if (knowledge.chunks.size > CACHE_LIMIT) knowledge.chunks.clear();
    knowledge.chunks.set(chunk, shaped);
  }
  return shaped;
}

function shapeChunk(font: EmbeddedFont, knowledge: FontKnowledge, chunk: string, run: FontkitGlyphRun, features: unknown): ShapedChunk {
  const glyphIds = run.glyphs.map((glyph) => glyph.id);
  const positions = run.positions.map((position) => ({
    xAdvance: position.xAdvance,
    yAdvance: position.yAdvance,
    xOffset: position.xOffset,
    yOffset: position.yOffset,
    advanceWidth: position.advanceWidth,
  }));
  // Most chunks are one glyph per character, each glyph the font's own for it: nothing to work out.
  const oneToOne = glyphIds.length === chunk.length && glyphIds.every((id, i) => cmapStrings(font, knowledge, id).includes(chunk.charAt(i)));
  const groups = oneToOne
    ? clusterGroups(chunk)
    : (alignClusters(font, knowledge, chunk, glyphIds, features) ?? [{ text: chunk, start: 0, end: glyphIds.length }]);
  const charAdvances = new Float64Array(chunk.length);
  let at = 0;
  for (const group of groups) {
    for (let i = group.start; i < group.end; i += 1) charAdvances[at] = charAdvances[at]! + positions[i]!.xAdvance;
    at += group.text.length;
  }
  const texts = oneToOne ? Array.from(chunk) : glyphTexts(font, knowledge, groups, glyphIds, positions);
  endMarksAtThePen(positions);
  const cidKeys = glyphIds.map((id, i) => `${id}\u0001${positions[i]!.advanceWidth}\u0001${texts[i]}`);
  return { glyphIds, texts, positions, spans: actualTextSpans(groups, texts, positions), cidKeys, charAdvances };
}

/**
 * Clusters whose text-bearing glyphs are not drawn at strictly increasing x. Extractors that
 * order characters by position (poppler's layout mode) would misorder them: ื with a tone mark
 * (เพื่อ, ชื่อ) puts the tone mark left of the vowel. These clusters get an ActualText, which
 * poppler uses instead of the glyph positions; nothing else does, so it is needed only here.
 */
function actualTextSpans(groups: readonly ClusterGroup[], texts: readonly string[], positions: readonly GlyphPosition[]): ActualTextSpan[] {
  const origins: number[] = [];
  let pen = 0;
  for (const position of positions) {
    origins.push(pen + position.xOffset);
    pen += position.xAdvance;
  }
  const spans: ActualTextSpan[] = [];
  for (const group of groups) {
    let last = -Infinity;
    for (let i = group.start; i < group.end; i += 1) {
      if (!texts[i]) continue;
      if (origins[i]! <= last) {
        spans.push({ start: group.start, end: group.end, text: texts.slice(group.start, group.end).join('') });
        break;
      }
      last = origins[i]!;
    }
  }
  return spans;
}

/**
 * Draws each zero-advance glyph so that it ends exactly at the pen and starts left of it, which
 * is where extractors expect a combining mark. The ink stays where the font put it, give or take
 * MARK_NUDGE for marks the font placed at or right of the pen.
 */
function endMarksAtThePen(positions: GlyphPosition[]): void {
  let previousMarkShift: number | undefined;
  for (let i = 0; i < positions.length; i += 1) {
    const position = positions[i]!;
    if (position.xAdvance !== 0) {
      previousMarkShift = undefined;
      continue;
    }
    let shift = Math.min(position.xOffset, -MARK_NUDGE);
    // Stacked marks (ที่, ขึ้น) that start at nearly the same x are ordered by x by extractors:
    // keep each one a hair right of the mark before it, so they come out in the written order.
    if (previousMarkShift !== undefined && shift <= previousMarkShift && shift > previousMarkShift - STACK_NUDGE) {
      shift = previousMarkShift + 1;
    }
    previousMarkShift = shift;
    const width = -shift;
    position.advanceWidth = width;
    const previous = positions[i - 1];
    if (previous && position.yOffset === 0) {
      // Move the pen back before the mark and forward after it: no text-matrix change needed.
      previous.xAdvance += shift;
      position.xOffset = 0;
      position.xAdvance = width;
    } else {
      position.xOffset = shift;
    }
  }
}

/** The text each glyph stands for; joined in glyph order they give back `chunk`. */
function glyphTexts(
  font: EmbeddedFont,
  knowledge: FontKnowledge,
  groups: readonly ClusterGroup[],
  glyphIds: readonly number[],
  positions: readonly GlyphPosition[],
): string[] {
  const texts = new Array<string>(glyphIds.length).fill('');
  let carried = '';
  for (const group of groups) {
    const text = carried + group.text;
    carried = '';
    if (group.end === group.start) {
      carried = text; // a cluster that shaped to nothing (rare): its text goes to the next glyph
      continue;
    }
    assignGroup(font, knowledge, text, glyphIds, positions, group.start, group.end, texts);
  }
  if (carried && texts.length > 0) texts[texts.length - 1] += carried;
  return texts;
}

/**
 * Shares a cluster's text among its glyphs, in order, at the lowest cost: a glyph taking the
 * characters its cmap entry says costs nothing; an alternate or a piece of a decomposed
 * character (no cmap entry) costs 1 per character taken; taking nothing costs 1.5 for a mark
 * and 4 for a glyph with width (its empty box would read as a gap between words).
 * So ทำ becomes ท + (nikhahit: nothing) + (า-shaped glyph: ำ), and ฬำ keeps ฬ on its alternate form.
 */
function assignGroup(
  font: EmbeddedFont,
  knowledge: FontKnowledge,
  text: string,
  glyphIds: readonly number[],
  positions: readonly GlyphPosition[],
  start: number,
  end: number,
  texts: string[],
): void {
  const glyphCount = end - start;
  const chars = Array.from(text);
  const charCount = chars.length;
  const maxTake = Math.min(charCount, MAX_CHARS_PER_GLYPH);
  // cost[g][c]: cheapest way for the first g glyphs to take the first c characters.
  const cost: number[][] = Array.from({ length: glyphCount + 1 }, () => new Array<number>(charCount + 1).fill(Infinity));
  const take: number[][] = Array.from({ length: glyphCount + 1 }, () => new Array<number>(charCount + 1).fill(0));
  cost[0]![0] = 0;
  for (let g = 0; g < glyphCount; g += 1) {
    const id = glyphIds[start + g]!;
    const known = cmapStrings(font, knowledge, id);
    const empty = positions[start + g]!.xAdvance === 0 ? 1.5 : 4;
    for (let c = 0; c <= charCount; c += 1) {
      const here = cost[g]![c]!;
      if (here === Infinity) continue;
      for (let k = 0; k <= maxTake && c + k <= charCount; k += 1) {
        const piece = k === 0 ? '' : chars.slice(c, c + k).join('');
        const step = k === 0 ? empty : known.includes(piece) ? 0 : k;
        if (here + step < cost[g + 1]![c + k]!) {
          cost[g + 1]![c + k] = here + step;
          take[g + 1]![c + k] = k;
        }
      }
    }
  }
  if (cost[glyphCount]![charCount] === Infinity) {
    // More characters than glyphs can take (not seen in practice): the last glyph keeps the rest.
    texts[end - 1] = text;
    return;
  }
  let c = charCount;
  for (let g = glyphCount; g > 0; g -= 1) {
    const k = take[g]![c]!;
    texts[start + g - 1] = chars.slice(c - k, c).join('');
    c -= k;
  }
}

interface ClusterGroup {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Matches the glyphs of a chunk to its grapheme clusters, by shaping each cluster alone. A
 * ligature across clusters (f+i → ﬁ) is found by shaping neighbouring clusters together.
 * Returns null when the glyphs cannot be matched (then the whole chunk is one group).
 */
function alignClusters(
  font: EmbeddedFont,
  knowledge: FontKnowledge,
  chunk: string,
  glyphIds: readonly number[],
  features: unknown,
): ClusterGroup[] | null {
  const clusters = chunk.match(CLUSTER) ?? [];
  const groups: ClusterGroup[] = [];
  let glyph = 0;
  let k = 0;
  while (k < clusters.length) {
    let matched = false;
    for (let size = 1; size <= MAX_CLUSTERS_PER_LIGATURE && k + size <= clusters.length; size += 1) {
      const text = clusters.slice(k, k + size).join('');
      const ids = isolatedGlyphs(font, knowledge, text, features);
      if (sameGlyphsAt(glyphIds, glyph, ids)) {
        groups.push({ text, start: glyph, end: glyph + ids.length });
        glyph += ids.length;
        k += size;
        matched = true;
        break;
      }
    }
    if (!matched) return null;
  }
  return glyph === glyphIds.length ? groups : null;
}

/** The grapheme clusters of `text` as groups, when glyphs and characters correspond one to one. */
function clusterGroups(text: string): ClusterGroup[] {
  const groups: ClusterGroup[] = [];
  let at = 0;
  for (const cluster of text.match(CLUSTER) ?? []) {
    groups.push({ text: cluster, start: at, end: at + cluster.length });
    at += cluster.length;
  }
  return groups;
}

function sameGlyphsAt(glyphIds: readonly number[], at: number, ids: readonly number[]): boolean {
  if (at + ids.length > glyphIds.length) return false;
  for (let i = 0; i < ids.length; i += 1) if (glyphIds[at + i] !== ids[i]) return false;
  return true;
}

function isolatedGlyphs(font: EmbeddedFont, knowledge: FontKnowledge, text: string, features: unknown): readonly number[] {
  if (features) return font.font.layout(text, features).glyphs.map((glyph) => glyph.id);
  let ids = knowledge.clusterGlyphs.get(text);
  if (!ids) {
    ids = font.font.layout(text).glyphs.map((glyph) => glyph.id);
    if (knowledge.clusterGlyphs.size > CACHE_LIMIT) knowledge.clusterGlyphs.clear();
    knowledge.clusterGlyphs.set(text, ids);
  }
  return ids;
}

/** The characters the font's cmap maps to a glyph (empty for ligatures and alternates). */
function cmapStrings(font: EmbeddedFont, knowledge: FontKnowledge, glyphId: number): string[] {
  if (!knowledge.cmapStrings) {
    const strings = new Map<number, string[]>();
    for (const codePoint of font.font.characterSet) {
      const id = font.font.glyphForCodePoint(codePoint).id;
      const list = strings.get(id) ?? [];
      list.push(String.fromCodePoint(codePoint));
      strings.set(id, list);
    }
    knowledge.cmapStrings = strings;
  }
  return knowledge.cmapStrings.get(glyphId) ?? [];
}

/** Character ids for a shaped chunk in this document's subset, made on first use. */
function hexFor(font: EmbeddedFont, state: DocumentFontState, shaped: ShapedChunk): string[] {
  const hex: string[] = [];
  for (let i = 0; i < shaped.glyphIds.length; i += 1) {
    const cid = state.cidByKey.get(shaped.cidKeys[i]!) ?? cidFor(font, state, shaped.cidKeys[i]!, shaped.glyphIds[i]!, shaped.texts[i]!, shaped.positions[i]!.advanceWidth);
    hex.push(cid.toString(16).padStart(4, '0'));
  }
  return hex;
}

function cidFor(font: EmbeddedFont, state: DocumentFontState, key: string, glyphId: number, text: string, width: number): number {
  let cid: number;
  if (!state.includedGlyphs.has(glyphId)) {
    state.includedGlyphs.add(glyphId);
    cid = font.subset.includeGlyph(glyphId);
  } else {
    // The same glyph reading as different text (or with a different declared width): give it a
    // second slot in the subset, a copy of the same outline.
    font.subset.glyphs.push(glyphId);
    cid = font.subset.glyphs.length - 1;
  }
  state.cidByKey.set(key, cid);
  font.widths[cid] = width;
  font.unicode[cid] = Array.from(text, (char) => char.codePointAt(0)!);
  return cid;
}
