import type { Language, Tree } from 'web-tree-sitter';
import { LAYOUT, type TreeLayout } from './layout';

/**
 * The syntax tree Tendril's rules read: tree-sitter's tree copied once into flat typed arrays, in
 * pre-order, right after parsing, so that every later read (`type`, `parent`, `childForFieldName`,
 * a walk) is plain JavaScript instead of a call into WebAssembly that allocates a node object.
 *
 * The copy reads tree-sitter's own data in the WebAssembly memory (`Subtree`, `SubtreeHeapData`,
 * `TSTree`, `TSLanguage` of the runtime's `lib/` sources, little-endian wasm32) and follows the
 * rules of its tree cursor (`lib/tree_cursor.c`): hidden nodes are flattened into their parent,
 * aliases from the production's alias sequence rename and reveal a child, a node's field is the
 * first non-inherited entry of its parent's field map for its structural index, or else that of
 * the hidden node around it. Offsets follow `length_add`, in bytes of the UTF-16 input, halved
 * into UTF-16 code units as web-tree-sitter does. Rows and columns are not copied: tree-sitter's
 * lexer starts a row after each `\n` and nothing else, so a node's point is found from its offset
 * and the text's line starts, when a rule asks for it.
 *
 * Every offset, size and bit it reads is an entry of TREE_LAYOUT (src/engine/layout.ts), which
 * says where each comes from. A changed runtime fails loudly instead of giving wrong trees: the
 * self-check (src/engine/selfcheck.ts) copies a known snippet when the parser loads and stops the
 * run on any difference; reading a language's tables (`tablesFor`) refuses an ABI, counts or
 * tables that do not fit; and every copy checks its node count against tree-sitter's own, and
 * gives up after a bounded number of steps. test/unit/tree.test.ts compares every node and field
 * with web-tree-sitter's API.
 */

/** The views of the runtime's memory; Emscripten puts them on the module object given to `Parser.init`. */
export interface RuntimeMemory {
  HEAPU8?: Uint8Array;
  HEAPU16?: Uint16Array;
  HEAPU32?: Uint32Array;
}

let runtime: RuntimeMemory | undefined;

/** The layout the copy reads with: TREE_LAYOUT, unless a test broke one entry (useTreeLayout). */
let layout: TreeLayout = LAYOUT;

/** Called once by src/engine/parser.ts with the module object it passed to `Parser.init`. */
export function setRuntimeMemory(memory: RuntimeMemory): void {
  runtime = memory;
}

export interface Point {
  row: number;
  column: number;
}

/** The copy's own symbol for ERROR nodes (tree-sitter's `errorSymbol`, stored as is). */
export const ERROR_SYMBOL = 0xffff;
export const FLAG_NAMED = 1;
const FLAG_MISSING = 2;
const FLAG_EXTRA = 4;
const FLAG_HAS_ERROR = 8;

/** What the copy needs of a `TSLanguage`, read once per language. */
interface LanguageTables {
  language: Language;
  /** `public_symbol_map`, by internal symbol. */
  publicSymbol: Uint16Array;
  /** `symbol_metadata[s].named`, by symbol. */
  named: Uint8Array;
  /** `alias_sequences`, `maxAlias` entries per production id. */
  aliases: Uint16Array;
  maxAlias: number;
  /** The first non-inherited field of each structural child index, `fieldWidth` entries per production id. */
  fields: Uint16Array;
  fieldWidth: number;
  /** Type names by public symbol (web-tree-sitter's `language.types`), `ERROR` for the error symbol. */
  typeNames: string[];
  fieldIds: Map<string, number>;
  /** `SyntaxTree.typeSet` tables, by their names joined with spaces. */
  typeSets: Map<string, Uint8Array>;
}

let tablesCache = new WeakMap<Language, LanguageTables>();

/**
 * @internal Sets the layout the copy reads with (default: TREE_LAYOUT), for the tests that break
 * one entry and for the TENDRIL_TEST_BREAK_LAYOUT hook of src/engine/parser.ts. Forgets the
 * language tables read with the previous one.
 */
export function useTreeLayout(next: TreeLayout = LAYOUT): void {
  layout = next;
  tablesCache = new WeakMap();
}

function memory(): { u8: Uint8Array; u16: Uint16Array; u32: Uint32Array } {
  const m = runtime;
  if (!m?.HEAPU8 || !m.HEAPU16 || !m.HEAPU32) throw new Error('the tree-sitter runtime memory is not available (setRuntimeMemory was not called)');
  return { u8: m.HEAPU8, u16: m.HEAPU16, u32: m.HEAPU32 };
}

function addressOf(handle: Language | Tree): number {
  return (handle as unknown as Record<number, number>)[layout.handleAddress];
}

/** Reads and checks the language tables; throws when they do not fit the layout this file knows. */
function tablesFor(language: Language): LanguageTables {
  const cached = tablesCache.get(language);
  if (cached) return cached;
  const L = layout;
  const { u8, u16, u32 } = memory();
  const at = addressOf(language);
  const word = (offset: number): number => u32[(at + offset) >>> 2];
  const abi = word(L.languageAbiVersion);
  const symbolCount = word(L.languageSymbolCount);
  const aliasCount = word(L.languageAliasCount);
  const productionIdCount = word(L.languageProductionIdCount);
  const fieldCount = word(L.languageFieldCount);
  const maxAlias = u16[(at + L.languageMaxAliasSequenceLength) >>> 1];
  const fieldMapSlices = word(L.languageFieldMapSlices);
  const fieldMapEntries = word(L.languageFieldMapEntries);
  const symbolMetadata = word(L.languageSymbolMetadata);
  const publicSymbolMap = word(L.languagePublicSymbolMap);
  const aliasSequences = word(L.languageAliasSequences);
  const unsupported = (why: string): Error => new Error(`unsupported tree-sitter language layout: ${why}`);
  if (!(abi >= L.abiMin && abi <= L.abiMax) || symbolCount + aliasCount !== language.types.length || fieldCount !== language.fields.length - 1) {
    throw unsupported(
      `ABI ${abi}, ${symbolCount}+${aliasCount} symbols, ${fieldCount} fields; ` +
        `expected ABI ${L.abiMin} to ${L.abiMax}, ${language.types.length} symbols and ${language.fields.length - 1} fields`,
    );
  }
  // Production ids are u16 (SubtreeHeapData.production_id); every table must lie in the memory.
  if (!(productionIdCount <= 0x10000)) throw unsupported(`${productionIdCount} production ids`);
  const within = (name: string, address: number, bytes: number): void => {
    if (!(address > 0 && address + bytes <= u8.length)) throw unsupported(`${name} at ${address} (${bytes} bytes) is outside the memory`);
  };
  const total = symbolCount + aliasCount;
  within('symbol_metadata', symbolMetadata, total * L.metadataSize);
  within('public_symbol_map', publicSymbolMap, total * L.symbolSize);
  if (aliasSequences) within('alias_sequences', aliasSequences, productionIdCount * maxAlias * L.symbolSize);
  if (fieldCount) within('field_map_slices', fieldMapSlices, productionIdCount * L.sliceSize);
  const publicSymbol = new Uint16Array(total);
  const named = new Uint8Array(total);
  for (let s = 0; s < total; s++) {
    publicSymbol[s] = u16[(publicSymbolMap + s * L.symbolSize) >>> 1];
    named[s] = u8[symbolMetadata + s * L.metadataSize + L.metadataNamed];
    if (named[s] > 1 || publicSymbol[s] >= total) throw unsupported(`symbol ${s} has public symbol ${publicSymbol[s]} and named ${named[s]}`);
  }
  // What web-tree-sitter's API says of the visible symbols must be what the tables say.
  for (let s = 0; s < total; s++) {
    if (!language.nodeTypeIsVisible(s)) continue;
    if (language.types[publicSymbol[s]] !== language.types[s] || (named[s] === 1) !== language.nodeTypeIsNamed(s)) {
      throw unsupported(`symbol ${s} (${language.types[s]}) has public symbol ${publicSymbol[s]} and named ${named[s]}, not what web-tree-sitter says`);
    }
  }
  const aliases = new Uint16Array(productionIdCount * maxAlias);
  if (aliasSequences) {
    for (let k = 0; k < aliases.length; k++) {
      aliases[k] = u16[(aliasSequences + k * L.symbolSize) >>> 1];
      if (aliases[k] >= total) throw unsupported(`alias ${aliases[k]} is not a symbol`);
    }
  }
  // Field maps: a TSMapSlice by production id, into the TSFieldMapEntry list.
  let fieldWidth = 1;
  const slices: [number, number][] = [];
  for (let p = 0; p < productionIdCount; p++) {
    const slice = fieldMapSlices + p * L.sliceSize;
    const index = fieldCount ? u16[(slice + L.sliceIndex) >>> 1] : 0;
    const length = fieldCount ? u16[(slice + L.sliceLength) >>> 1] : 0;
    if (length) within('field_map_entries', fieldMapEntries + index * L.fieldEntrySize, length * L.fieldEntrySize);
    slices.push([index, length]);
    for (let e = index; e < index + length; e++) fieldWidth = Math.max(fieldWidth, u8[fieldMapEntries + e * L.fieldEntrySize + L.fieldEntryChildIndex] + 1);
  }
  const fields = new Uint16Array(productionIdCount * fieldWidth);
  slices.forEach(([index, length], p) => {
    for (let e = index; e < index + length; e++) {
      const entry = fieldMapEntries + e * L.fieldEntrySize;
      const fieldId = u16[(entry + L.fieldEntryFieldId) >>> 1];
      const child = u8[entry + L.fieldEntryChildIndex];
      const inherited = u8[entry + L.fieldEntryInherited];
      if (fieldId === 0 || fieldId > fieldCount || inherited > 1) throw unsupported(`field map entry ${e} has field ${fieldId} and inherited ${inherited}`);
      if (!inherited && fields[p * fieldWidth + child] === 0) fields[p * fieldWidth + child] = fieldId;
    }
  });
  const typeNames = language.types.map((t) => t ?? '');
  const fieldIds = new Map<string, number>();
  language.fields.forEach((name, id) => {
    if (name) fieldIds.set(name, id);
  });
  const tables: LanguageTables = { language, publicSymbol, named, aliases, maxAlias, fields, fieldWidth, typeNames, fieldIds, typeSets: new Map() };
  tablesCache.set(language, tables);
  return tables;
}

/** One syntax tree, flat: node `i` is the i-th node in pre-order; the root is node 0. */
export class SyntaxTree {
  readonly count: number;
  /** Public symbol of each node (tree-sitter's `typeId`). */
  readonly symbol: Uint16Array;
  readonly flags: Uint8Array;
  readonly startIndex: Int32Array;
  readonly endIndex: Int32Array;
  /** Offsets where rows start (0, and one past each `\n`), made on the first point asked for. */
  private lineStarts: Int32Array | undefined;
  /** Parent node, -1 for the root. */
  readonly parentOf: Int32Array;
  /** One past the node's last descendant: node i's subtree is [i, end[i]). */
  readonly end: Int32Array;
  readonly field: Uint16Array;
  private readonly tables: LanguageTables;
  private readonly memos = new Map<object, Map<number, unknown>>();

  private constructor(
    readonly language: Language,
    /** The source text the tree was parsed from. */
    readonly text: string,
    count: number,
  ) {
    this.tables = tablesFor(language);
    this.count = count;
    this.symbol = new Uint16Array(count);
    this.flags = new Uint8Array(count);
    this.startIndex = new Int32Array(count);
    this.endIndex = new Int32Array(count);
    this.parentOf = new Int32Array(count);
    this.end = new Int32Array(count);
    this.field = new Uint16Array(count);
  }

  /** Copies a web-tree-sitter tree (which the caller still owns and deletes). */
  static from(tree: Tree, text: string): SyntaxTree {
    return copyTree(tree, text);
  }

  /** @internal */
  static create(language: Language, text: string, count: number): SyntaxTree {
    return new SyntaxTree(language, text, count);
  }

  get rootNode(): SyntaxNode {
    return this.node(0);
  }

  /**
   * A cache by node id that lives as long as the tree, one per `key`: for facts several rules ask
   * of the same node (a call's keywords, a literal's value). Cheaper than a WeakMap of nodes,
   * which the garbage collector has to trace as ephemerons.
   */
  memo<T>(key: object): Map<number, T> {
    let memo = this.memos.get(key);
    if (!memo) this.memos.set(key, (memo = new Map()));
    return memo as Map<number, T>;
  }

  private rowStarts(): Int32Array {
    let starts = this.lineStarts;
    if (!starts) {
      const text = this.text;
      let rows = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) rows++;
      starts = new Int32Array(rows);
      let row = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[row++] = i + 1;
      this.lineStarts = starts;
    }
    return starts;
  }

  /** Offset where 0-based `row` starts; the end of the text for a row past the last. */
  rowStart(row: number): number {
    const starts = this.rowStarts();
    return row >= 0 && row < starts.length ? starts[row] : this.text.length;
  }

  /** Row and column (UTF-16 units, 0-based) of a source offset, as tree-sitter counts them. */
  pointAt(index: number): Point {
    const starts = this.rowStarts();
    // The last row that starts at or before `index`.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: index - starts[lo] };
  }

  /**
   * A node object for index i, new on every call: compare nodes by `id`, never by identity.
   * Not cached: a cache kept every node object a rule had touched alive for the whole file, and
   * those survivors made the garbage collector copy and promote them (stdlib, two workers: about
   * 7% less CPU and wall time without the cache, docs/performance.md), while a node object that
   * dies young costs almost nothing.
   */
  node(i: number): SyntaxNode {
    return new SyntaxNode(this, i);
  }

  typeName(i: number): string {
    return this.symbolName(this.symbol[i]);
  }

  /** Type name of a public symbol (`ERROR` for the error symbol). */
  symbolName(symbol: number): string {
    return symbol === ERROR_SYMBOL ? 'ERROR' : this.tables.typeNames[symbol] || 'ERROR';
  }

  /**
   * By public symbol, 1 where the symbol's type name is one of `names` (named or anonymous), for
   * loops over node indices that look for a few types. Not for `ERROR`: the error symbol is past
   * the end, and a read of it gives `undefined`. Made once per language and list of names.
   */
  typeSet(names: readonly string[]): Uint8Array {
    const key = names.join(' ');
    let set = this.tables.typeSets.get(key);
    if (!set) {
      set = new Uint8Array(this.tables.typeNames.length);
      this.tables.typeNames.forEach((name, s) => {
        if (name && names.includes(name)) set![s] = 1;
      });
      this.tables.typeSets.set(key, set);
    }
    return set;
  }

  fieldId(name: string): number {
    return this.tables.fieldIds.get(name) ?? -1;
  }

  fieldName(id: number): string | null {
    return id ? (this.tables.language.fields[id] ?? null) : null;
  }

  isNamed(i: number): boolean {
    return (this.flags[i] & FLAG_NAMED) !== 0;
  }

  isMissing(i: number): boolean {
    return (this.flags[i] & FLAG_MISSING) !== 0;
  }

  /** Index of the previous sibling of node i (named or not), or -1: up from node i - 1 to a child of i's parent. */
  previousSiblingOf(i: number): number {
    const p = this.parentOf[i];
    if (p < 0 || i === p + 1) return -1;
    let x = i - 1;
    while (this.parentOf[x] !== p) x = this.parentOf[x];
    return x;
  }

  /** Index of the next sibling of node i (named or not), or -1. */
  nextSiblingOf(i: number): number {
    const j = this.end[i];
    return j < this.count && i > 0 && this.parentOf[j] === this.parentOf[i] ? j : -1;
  }
}

/** A node of a SyntaxTree: the subset of web-tree-sitter's `Node` API that Tendril uses, in plain JavaScript. */
export class SyntaxNode {
  constructor(
    readonly tree: SyntaxTree,
    /** Unique within the tree: the node's pre-order index. */
    readonly id: number,
  ) {}

  get type(): string {
    return this.tree.typeName(this.id);
  }
  get isNamed(): boolean {
    return this.tree.isNamed(this.id);
  }
  get isMissing(): boolean {
    return this.tree.isMissing(this.id);
  }
  get isExtra(): boolean {
    return (this.tree.flags[this.id] & FLAG_EXTRA) !== 0;
  }
  get hasError(): boolean {
    return (this.tree.flags[this.id] & FLAG_HAS_ERROR) !== 0;
  }
  get startIndex(): number {
    return this.tree.startIndex[this.id];
  }
  get endIndex(): number {
    return this.tree.endIndex[this.id];
  }
  get startPosition(): Point {
    return this.tree.pointAt(this.tree.startIndex[this.id]);
  }
  get endPosition(): Point {
    return this.tree.pointAt(this.tree.endIndex[this.id]);
  }
  get text(): string {
    return this.tree.text.slice(this.tree.startIndex[this.id], this.tree.endIndex[this.id]);
  }
  get parent(): SyntaxNode | null {
    const p = this.tree.parentOf[this.id];
    return p < 0 ? null : this.tree.node(p);
  }

  /** All children, named and anonymous. */
  get children(): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    const t = this.tree;
    for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j]) out.push(t.node(j));
    return out;
  }
  get namedChildren(): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    const t = this.tree;
    for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j]) if (t.flags[j] & FLAG_NAMED) out.push(t.node(j));
    return out;
  }
  get childCount(): number {
    let n = 0;
    const t = this.tree;
    for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j]) n++;
    return n;
  }
  get namedChildCount(): number {
    let n = 0;
    const t = this.tree;
    for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j]) if (t.flags[j] & FLAG_NAMED) n++;
    return n;
  }
  child(index: number): SyntaxNode | null {
    const t = this.tree;
    for (let j = this.id + 1, stop = t.end[this.id], k = 0; j < stop; j = t.end[j], k++) if (k === index) return t.node(j);
    return null;
  }
  namedChild(index: number): SyntaxNode | null {
    const t = this.tree;
    let k = 0;
    for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j]) if (t.flags[j] & FLAG_NAMED && k++ === index) return t.node(j);
    return null;
  }
  get firstChild(): SyntaxNode | null {
    return this.id + 1 < this.tree.end[this.id] ? this.tree.node(this.id + 1) : null;
  }
  get lastChild(): SyntaxNode | null {
    const t = this.tree;
    let last = -1;
    for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j]) last = j;
    return last < 0 ? null : t.node(last);
  }
  get firstNamedChild(): SyntaxNode | null {
    const t = this.tree;
    for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j]) if (t.flags[j] & FLAG_NAMED) return t.node(j);
    return null;
  }
  get nextSibling(): SyntaxNode | null {
    const j = this.tree.nextSiblingOf(this.id);
    return j < 0 ? null : this.tree.node(j);
  }
  /**
   * The closest named node before this one among its parent's children. tree-sitter also looks
   * inside an anonymous sibling that has children (only error recovery makes those) and may
   * answer with a node that is not a sibling; here only siblings count.
   */
  get previousNamedSibling(): SyntaxNode | null {
    const t = this.tree;
    let j = t.previousSiblingOf(this.id);
    while (j >= 0 && !(t.flags[j] & FLAG_NAMED)) j = t.previousSiblingOf(j);
    return j < 0 ? null : t.node(j);
  }
  /**
   * The first child in the field. As web-tree-sitter's `childForFieldName`, with two differences
   * where tree-sitter's answer is not a child: an ERROR node has no fields (tree-sitter: null, here
   * too), and tree-sitter looks through an aliased hidden child into its children (a
   * `match_statement`'s `alternative` is a `case_clause` inside its `block`); here, as in
   * `childrenForFieldName`, only the node's own children are fields of it.
   */
  childForFieldName(name: string): SyntaxNode | null {
    const t = this.tree;
    const id = t.fieldId(name);
    if (id < 0 || t.symbol[this.id] === ERROR_SYMBOL) return null;
    for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j]) if (t.field[j] === id) return t.node(j);
    return null;
  }
  childrenForFieldName(name: string): SyntaxNode[] {
    const t = this.tree;
    const id = t.fieldId(name);
    const out: SyntaxNode[] = [];
    if (id < 0) return out;
    for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j]) if (t.field[j] === id) out.push(t.node(j));
    return out;
  }
  /** This node and its descendants of the given types, in document order. */
  descendantsOfType(types: string | readonly string[]): SyntaxNode[] {
    const wanted = new Set(typeof types === 'string' ? [types] : types);
    const t = this.tree;
    const out: SyntaxNode[] = [];
    for (let j = this.id, stop = t.end[this.id]; j < stop; j++) if (wanted.has(t.typeName(j))) out.push(t.node(j));
    return out;
  }
  /** The field this node is in, within its parent. */
  get fieldName(): string | null {
    return this.tree.fieldName(this.tree.field[this.id]);
  }
}

/** Offsets in a frame of the copy's stack. */
/** The subtree's SubtreeHeapData address: its `Subtree` children are the 8-byte entries just before it. */
const F_PTR = 0;
const F_CHILD = 1;
const F_STRUCTURAL = 2;
const F_BYTES = 3;
/** The visible node the subtree's children belong to. */
const F_PARENT = 4;
/** The visible node this subtree is, -1 for a hidden one. */
const F_OWNER = 5;
/** A hidden subtree's field, inherited by its children that have none of their own. */
const F_FIELD = 6;
/** The subtree's child count and production id, read once. */
const F_COUNT = 7;
const F_PRODUCTION = 8;
/** 1 when the first child's padding counts: the frame that holds the root. */
const F_FIRST_PADDED = 9;
const FRAME = 10;

/**
 * The copy. An explicit stack of the subtrees being read (hidden ones included), so nesting
 * cannot overflow the JavaScript stack.
 */
function copyTree(tree: Tree, text: string): SyntaxTree {
  const tables = tablesFor(tree.language);
  const { u8, u16, u32 } = memory();
  const { publicSymbol, named: namedMeta, aliases, maxAlias, fields, fieldWidth } = tables;
  // The layout, in locals: the loop below reads no property of it (src/engine/layout.ts says what each is).
  const L = layout;
  const SUBTREE = L.subtreeSize;
  const IS_INLINE = L.inlineIsInline;
  const I_VISIBLE = L.inlineVisible;
  const I_NAMED = L.inlineNamed;
  const I_EXTRA = L.inlineExtra;
  const I_MISSING = L.inlineMissing;
  const I_SYMBOL = L.inlineSymbol;
  const I_PADDING = L.inlinePaddingBytes;
  const I_SIZE = L.inlineSizeBytes;
  const H_PADDING = L.heapPaddingBytes;
  const H_SIZE = L.heapSizeBytes;
  const H_ERROR_COST = L.heapErrorCost;
  const H_CHILD_COUNT = L.heapChildCount;
  const H_SYMBOL = L.heapSymbol;
  const H_FLAGS = L.heapFlags;
  const H_VISIBLE = L.heapVisible;
  const H_NAMED = L.heapNamed;
  const H_EXTRA = L.heapExtra;
  const H_MISSING = L.heapMissing;
  const H_PRODUCTION = L.heapProductionId;
  const TS_ERROR = L.errorSymbol;
  const UNIT_SHIFT = L.unitShift;

  // The root Subtree, in the TSTree. A Subtree is inline when its first byte has the inline bit.
  const rootAt = addressOf(tree) + L.treeRoot;
  const rootInline = (u8[rootAt] & IS_INLINE) !== 0;
  const rootPtr = rootInline ? 0 : u32[rootAt >>> 2];
  const count = 1 + (rootPtr && u32[(rootPtr + H_CHILD_COUNT) >>> 2] > 0 ? u32[(rootPtr + L.heapVisibleDescendantCount) >>> 2] : 0);
  // A bound on the loop's steps (a subtree entry read or a frame left), far above what any tree
  // takes, so that a wrong layout ends in an error rather than a loop over garbage.
  const maxSteps = Math.min(0x7fffffff, 4096 + 64 * text.length);
  let steps = maxSteps;
  if (!(count <= maxSteps)) throw new Error(`syntax tree copy: tree-sitter counts ${count} nodes in ${text.length} characters`);
  const out = SyntaxTree.create(tree.language, text, count);
  const { symbol, flags, startIndex, endIndex, parentOf, end, field } = out;

  // Stack of the subtrees being read, FRAME numbers each (see the F_ offsets): no closure and
  // one array of 32-bit integers, so the loop below keeps its variables in registers as
  // integers. Addresses are read back unsigned (`>>> 0`); offsets are those of the UTF-16 input,
  // which stay below 2^31 for any file under 1 GiB.
  let stack: Int32Array = new Int32Array(64 * FRAME);
  let top = -FRAME; // offset of the top frame
  // Pushes are written out in the loop below, not in a helper: the loop runs once per node, and
  // workers may run Maglev only (src/engine/pool.ts), which did not inline such a helper.
  const grown = (from: Int32Array): Int32Array => {
    const to = new Int32Array(from.length * 2);
    to.set(from);
    return to;
  };

  // The root goes through the loop as the only child of a frame that stands for the TSTree (whose
  // `root` field is the Subtree at rootAt): no parent, no production, and its padding counts.
  top += FRAME;
  stack[top + F_COUNT] = 1;
  stack[top + F_PRODUCTION] = 0;
  stack[top + F_PTR] = rootAt + SUBTREE;
  stack[top + F_FIRST_PADDED] = 1;
  stack[top + F_CHILD] = 0;
  stack[top + F_STRUCTURAL] = 0;
  stack[top + F_BYTES] = 0;
  stack[top + F_PARENT] = -1;
  stack[top + F_OWNER] = -1;
  stack[top + F_FIELD] = 0;
  let n = 0;

  while (top >= 0) {
    if (--steps < 0) throw new Error(`syntax tree copy: no end after ${maxSteps} steps`);
    const childCount = stack[top + F_COUNT];
    const k = stack[top + F_CHILD];
    if (k === childCount) {
      const owner = stack[top + F_OWNER];
      if (owner >= 0) end[owner] = n;
      top -= FRAME;
      continue;
    }
    stack[top + F_CHILD] = k + 1;
    const a = (stack[top + F_PTR] >>> 0) - (childCount - k) * SUBTREE;
    let sym: number, visible: boolean, isNamed: boolean, extra: boolean, missing: boolean, errorCost: number, childPtr: number;
    let padBytes: number, sizeBytes: number;
    const b0 = u8[a];
    if (b0 & IS_INLINE) {
      sym = u8[a + I_SYMBOL];
      visible = (b0 & I_VISIBLE) !== 0;
      isNamed = (b0 & I_NAMED) !== 0;
      extra = (b0 & I_EXTRA) !== 0;
      missing = (b0 & I_MISSING) !== 0;
      errorCost = missing ? 1 : 0;
      padBytes = u8[a + I_PADDING];
      sizeBytes = u8[a + I_SIZE];
      childPtr = 0;
    } else {
      const p = u32[a >>> 2];
      sym = u16[(p + H_SYMBOL) >>> 1];
      const bits = u16[(p + H_FLAGS) >>> 1];
      visible = (bits & H_VISIBLE) !== 0;
      isNamed = (bits & H_NAMED) !== 0;
      extra = (bits & H_EXTRA) !== 0;
      missing = (bits & H_MISSING) !== 0;
      errorCost = missing ? 1 : u32[(p + H_ERROR_COST) >>> 2];
      padBytes = u32[(p + H_PADDING) >>> 2];
      sizeBytes = u32[(p + H_SIZE) >>> 2];
      childPtr = u32[(p + H_CHILD_COUNT) >>> 2] > 0 ? p : 0;
    }
    // The child's start: the parent's start for the first child, else after the previous child and its own padding.
    let bytes = stack[top + F_BYTES];
    if (k > 0 || stack[top + F_FIRST_PADDED]) bytes += padBytes;
    const eBytes = bytes + sizeBytes;
    stack[top + F_BYTES] = eBytes;

    let alias = 0;
    let fieldId = 0;
    if (!extra) {
      const s = stack[top + F_STRUCTURAL]++;
      const production = stack[top + F_PRODUCTION];
      if (production) {
        if (s < maxAlias) alias = aliases[production * maxAlias + s];
        if (s < fieldWidth) fieldId = fields[production * fieldWidth + s];
      }
      if (!fieldId) fieldId = stack[top + F_FIELD];
    }
    let parent: number;
    let owner = -1;
    let inherited = 0;
    if (visible || alias) {
      const i = n++;
      const shown = alias || sym;
      symbol[i] = shown === TS_ERROR ? ERROR_SYMBOL : publicSymbol[shown];
      flags[i] =
        ((alias ? namedMeta[alias] : isNamed) ? FLAG_NAMED : 0) |
        (extra ? FLAG_EXTRA : 0) |
        (missing ? FLAG_MISSING : 0) |
        (errorCost > 0 ? FLAG_HAS_ERROR : 0);
      startIndex[i] = bytes >>> UNIT_SHIFT;
      endIndex[i] = eBytes >>> UNIT_SHIFT;
      parentOf[i] = stack[top + F_PARENT];
      field[i] = fieldId;
      if (!childPtr) {
        end[i] = i + 1;
        continue;
      }
      parent = owner = i;
    } else if (childPtr) {
      // A hidden subtree: its children belong to the visible parent and inherit its field.
      parent = stack[top + F_PARENT];
      inherited = extra ? 0 : fieldId;
    } else continue;
    // Push the subtree with children: `childPtr` is its SubtreeHeapData, and its `Subtree`
    // children are the entries just before it.
    top += FRAME;
    if (top + FRAME > stack.length) stack = grown(stack);
    stack[top + F_COUNT] = u32[(childPtr + H_CHILD_COUNT) >>> 2];
    stack[top + F_PRODUCTION] = u16[(childPtr + H_PRODUCTION) >>> 1];
    stack[top + F_FIRST_PADDED] = 0;
    stack[top + F_PTR] = childPtr;
    stack[top + F_CHILD] = 0;
    stack[top + F_STRUCTURAL] = 0;
    stack[top + F_BYTES] = bytes;
    stack[top + F_PARENT] = parent;
    stack[top + F_OWNER] = owner;
    stack[top + F_FIELD] = inherited;
  }
  if (n !== count) throw new Error(`syntax tree copy found ${n} nodes where tree-sitter counts ${count}`);
  return out;
}
