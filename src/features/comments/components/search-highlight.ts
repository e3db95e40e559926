const HIGHLIGHT = 'thread-search';

/**
 * Marks the words a search found inside one comment, with the CSS Custom
 * Highlight API where the browser has it (nothing changes in the DOM, so
 * React's tree is untouched). Hidden spoilers are skipped. Returns the undo.
 */
export function highlightMatches(root: Element | null, query: string): () => void {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  const needle = query.trim().toLocaleLowerCase('en');
  if (!root || !registry || typeof Highlight === 'undefined' || needle === '') return () => undefined;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[inert]')) continue;
    const raw = node.textContent ?? '';
    const text = raw.toLocaleLowerCase('en');
    // Lowercasing can change lengths in a few scripts; offsets would then be wrong.
    if (text.length !== raw.length) continue;
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + needle.length);
      ranges.push(range);
    }
  }
  registry.set(HIGHLIGHT, new Highlight(...ranges));
  return () => registry.delete(HIGHLIGHT);
}
