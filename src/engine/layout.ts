/**
 * The layout of tree-sitter's data in the WebAssembly memory, as src/engine/tree.ts reads it:
 * every struct offset, size, bit and constant the tree copy depends on, in one table, each with
 * what it is and where it comes from.
 *
 * Sources: the runtime of tree-sitter 0.25.10, compiled to wasm32 (little-endian, 4-byte
 * pointers) as web-tree-sitter 0.25.10. Its C sources ship in the package: a file named here as
 * `subtree.h` is `node_modules/web-tree-sitter/lib/subtree.h` (`lib/src/subtree.h` in
 * tree-sitter's repository); `src/...` names web-tree-sitter's own TypeScript sources in the same
 * package. Offsets count bytes from the start of the struct; bit-fields are allocated from the
 * least significant bit (clang on wasm32), so `bool a : 1; bool b : 1;` puts `a` at 1 and `b` at 2.
 *
 * None of this is checked by a compiler: when web-tree-sitter or the grammar changes version,
 * the self-check (src/engine/selfcheck.ts, run once per thread when the parser loads) refuses to
 * analyse anything until this table is checked against the new sources and the pinned versions in
 * package.json are changed with it.
 */

/** The versions the table was read from; package.json pins both exactly. */
export const WEB_TREE_SITTER_VERSION = '0.25.10';
export const TREE_SITTER_PYTHON_VERSION = '0.25.0';

export interface LayoutEntry {
  /** The number: a byte offset, a size in bytes, a bit mask or a constant. */
  readonly value: number;
  readonly what: string;
  /** The struct and field, and the file that defines them. */
  readonly source: string;
}

function entry(value: number, what: string, source: string): LayoutEntry {
  return Object.freeze({ value, what, source });
}

export const TREE_LAYOUT = Object.freeze({
  // web-tree-sitter's JavaScript objects.
  handleAddress: entry(
    0,
    'index of the address of the C object in a web-tree-sitter `Tree` or `Language`',
    'src/tree.ts and src/language.ts: `this[0] = address`',
  ),
  unitShift: entry(
    1,
    'shift from bytes of the UTF-16 input to UTF-16 code units',
    'tree-sitter.c: `byte_to_code_unit` (web-tree-sitter parses a string as TSInputEncodingUTF16LE)',
  ),

  // struct TSTree.
  treeRoot: entry(0, 'offset of the root `Subtree`', 'tree.h: TSTree.root'),

  // union Subtree: the inline data or a pointer to SubtreeHeapData.
  subtreeSize: entry(
    8,
    "size of a `Subtree`; a node's children are the `child_count` Subtrees just before its SubtreeHeapData",
    'subtree.h: union Subtree; subtree.h: ts_subtree_children',
  ),

  // struct SubtreeInlineData (little-endian layout), for small leaves.
  inlineIsInline: entry(1, 'bit of byte 0 set when the Subtree is inline (never set in an aligned pointer)', 'subtree.h: SubtreeInlineData.is_inline'),
  inlineVisible: entry(2, 'bit of byte 0: visible', 'subtree.h: SubtreeInlineData.visible (SUBTREE_BITS)'),
  inlineNamed: entry(4, 'bit of byte 0: named', 'subtree.h: SubtreeInlineData.named (SUBTREE_BITS)'),
  inlineExtra: entry(8, 'bit of byte 0: extra', 'subtree.h: SubtreeInlineData.extra (SUBTREE_BITS)'),
  inlineMissing: entry(32, 'bit of byte 0: missing', 'subtree.h: SubtreeInlineData.is_missing (SUBTREE_BITS)'),
  inlineSymbol: entry(1, 'offset of the symbol (u8)', 'subtree.h: SubtreeInlineData.symbol'),
  inlinePaddingBytes: entry(6, 'offset of the padding in bytes (u8)', 'subtree.h: SubtreeInlineData.padding_bytes (SUBTREE_SIZE)'),
  inlineSizeBytes: entry(7, 'offset of the size in bytes (u8)', 'subtree.h: SubtreeInlineData.size_bytes (SUBTREE_SIZE)'),

  // struct SubtreeHeapData, for inner nodes and the other leaves.
  heapPaddingBytes: entry(4, 'offset of the padding in bytes (u32)', 'subtree.h: SubtreeHeapData.padding.bytes; length.h: Length.bytes'),
  heapSizeBytes: entry(16, 'offset of the size in bytes (u32)', 'subtree.h: SubtreeHeapData.size.bytes; length.h: Length.bytes'),
  heapErrorCost: entry(32, 'offset of the error cost (u32); above 0: the node has an error', 'subtree.h: SubtreeHeapData.error_cost'),
  heapChildCount: entry(36, 'offset of the child count (u32)', 'subtree.h: SubtreeHeapData.child_count'),
  heapSymbol: entry(40, 'offset of the symbol (u16)', 'subtree.h: SubtreeHeapData.symbol'),
  heapFlags: entry(44, 'offset of the u16 that holds the bit-fields from `visible` to `is_keyword`', 'subtree.h: SubtreeHeapData.visible ... is_keyword'),
  heapVisible: entry(1, 'bit of the flags: visible', 'subtree.h: SubtreeHeapData.visible'),
  heapNamed: entry(2, 'bit of the flags: named', 'subtree.h: SubtreeHeapData.named'),
  heapExtra: entry(4, 'bit of the flags: extra', 'subtree.h: SubtreeHeapData.extra'),
  heapMissing: entry(512, 'bit of the flags: missing (the 10th bit-field)', 'subtree.h: SubtreeHeapData.is_missing'),
  heapVisibleDescendantCount: entry(
    56,
    'offset of the visible descendant count of a node with children (u32)',
    'subtree.h: SubtreeHeapData.visible_descendant_count',
  ),
  heapProductionId: entry(66, 'offset of the production id of a node with children (u16)', 'subtree.h: SubtreeHeapData.production_id'),

  // Symbols.
  errorSymbol: entry(0xffff, 'the symbol of ERROR nodes', 'parser.h: ts_builtin_sym_error ((TSSymbol)-1)'),
  symbolSize: entry(
    2,
    'size of a TSSymbol, the entries of `public_symbol_map` and `alias_sequences`',
    'parser.h: TSLanguage.public_symbol_map, alias_sequences (TSSymbol is uint16_t)',
  ),

  // struct TSLanguage (its first fields, the same for ABI 14 and 15).
  languageAbiVersion: entry(0, 'offset of the ABI version (u32)', 'parser.h: TSLanguage.abi_version'),
  abiMin: entry(14, 'oldest language ABI whose TSLanguage starts as this table says', 'parser.h: struct TSLanguage'),
  abiMax: entry(15, 'newest language ABI whose TSLanguage starts as this table says', 'parser.h: struct TSLanguage'),
  languageSymbolCount: entry(4, 'offset of the symbol count (u32)', 'parser.h: TSLanguage.symbol_count'),
  languageAliasCount: entry(8, 'offset of the alias count (u32)', 'parser.h: TSLanguage.alias_count'),
  languageProductionIdCount: entry(28, 'offset of the production id count (u32)', 'parser.h: TSLanguage.production_id_count'),
  languageFieldCount: entry(32, 'offset of the field count (u32)', 'parser.h: TSLanguage.field_count'),
  languageMaxAliasSequenceLength: entry(36, 'offset of the alias sequence length (u16)', 'parser.h: TSLanguage.max_alias_sequence_length'),
  languageFieldMapSlices: entry(64, 'offset of the pointer to the field map slices', 'parser.h: TSLanguage.field_map_slices'),
  languageFieldMapEntries: entry(68, 'offset of the pointer to the field map entries', 'parser.h: TSLanguage.field_map_entries'),
  languageSymbolMetadata: entry(72, 'offset of the pointer to the symbol metadata', 'parser.h: TSLanguage.symbol_metadata'),
  languagePublicSymbolMap: entry(76, 'offset of the pointer to the public symbol map', 'parser.h: TSLanguage.public_symbol_map'),
  languageAliasSequences: entry(84, 'offset of the pointer to the alias sequences', 'parser.h: TSLanguage.alias_sequences'),

  // struct TSSymbolMetadata.
  metadataSize: entry(3, 'size of a TSSymbolMetadata', 'parser.h: TSSymbolMetadata {bool visible, named, supertype}'),
  metadataNamed: entry(1, 'offset of `named` (bool)', 'parser.h: TSSymbolMetadata.named'),

  // struct TSMapSlice, one per production id.
  sliceSize: entry(4, 'size of a TSMapSlice', 'parser.h: TSMapSlice {uint16_t index, length}'),
  sliceIndex: entry(0, 'offset of the index of the first entry (u16)', 'parser.h: TSMapSlice.index'),
  sliceLength: entry(2, 'offset of the entry count (u16)', 'parser.h: TSMapSlice.length'),

  // struct TSFieldMapEntry.
  fieldEntrySize: entry(4, 'size of a TSFieldMapEntry', 'parser.h: TSFieldMapEntry {TSFieldId field_id, uint8_t child_index, bool inherited}'),
  fieldEntryFieldId: entry(0, 'offset of the field id (u16)', 'parser.h: TSFieldMapEntry.field_id'),
  fieldEntryChildIndex: entry(2, 'offset of the structural child index (u8)', 'parser.h: TSFieldMapEntry.child_index'),
  fieldEntryInherited: entry(3, 'offset of `inherited` (bool)', 'parser.h: TSFieldMapEntry.inherited'),
});

export type LayoutName = keyof typeof TREE_LAYOUT;

/** A layout as the copy uses it: the number of each entry. */
export type TreeLayout = Readonly<Record<LayoutName, number>>;

/** The numbers of TREE_LAYOUT. */
export const LAYOUT: TreeLayout = Object.freeze(
  Object.fromEntries(Object.entries(TREE_LAYOUT).map(([name, e]) => [name, e.value])) as Record<LayoutName, number>,
);

/**
 * A layout with one entry wrong, for the tests that prove a wrong layout stops the run
 * (test/unit/tree-layout.test.ts, test/e2e/broken-layout.test.ts). `spec` is an entry name, which
 * moves an offset or a size by 4, a bit one place up, a constant by 1 and an ABI bound past the
 * other, or `name=number`.
 */
export function brokenLayout(spec: string): TreeLayout {
  const [name, value] = spec.split('=', 2);
  const found = TREE_LAYOUT[name as LayoutName];
  if (!found) throw new Error(`TENDRIL_TEST_BREAK_LAYOUT: no layout entry '${name}' (entries: ${Object.keys(TREE_LAYOUT).join(', ')})`);
  let broken: number;
  if (value !== undefined) broken = Number(value);
  else if (/^(inline|heap)(IsInline|Visible|Named|Extra|Missing)$/.test(name)) broken = found.value * 2;
  else if (name === 'abiMin') broken = LAYOUT.abiMax + 1;
  else if (name === 'abiMax') broken = LAYOUT.abiMin - 1;
  else if (name === 'errorSymbol' || name === 'unitShift' || name === 'handleAddress') broken = found.value + 1;
  else broken = found.value + 4;
  if (!Number.isInteger(broken)) throw new Error(`TENDRIL_TEST_BREAK_LAYOUT: '${value}' is not an integer`);
  return Object.freeze({ ...LAYOUT, [name]: broken });
}
