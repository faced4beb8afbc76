/** A snippet's plain text: the search module's escaped HTML with <mark> tags, back to text. */

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** "a &lt; <mark>b</mark>" → "a < b". */
export function snippetText(html: string): string {
  return html.replace(/<\/?mark>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);
}
