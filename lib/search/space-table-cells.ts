/**
 * Pagefind reads a table row's cells as one run of text ("SymptomWho was callingRole to check"), so
 * words of neighbouring cells merge in the index and in result snippets. A space after each cell
 * keeps them words of their own; the page itself is left as it is.
 */
export function spaceTableCells(html: string): string {
  return html.replace(/<\/(td|th)>/gi, '</$1> ');
}
