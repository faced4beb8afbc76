/**
 * The Markdown plans are written in: CommonMark as remark-parse reads it, less the constructs of
 * code and hypertext that a plan never means. A plan is prose: "##"–"######" headings, paragraphs,
 * lists, emphasis, block quotes, thematic breaks and backslash escapes (which the importer writes).
 * Everything below reads as the text it is:
 *
 * - raw HTML ("<b>", "<ghi rõ>") and autolinks ("<http://…>");
 * - code: a paragraph indented by four spaces, a line of three backticks, text between backticks
 *   (OCR leaves stray backticks and indents);
 * - links, images and link definitions: "[1]: …" at a line start would otherwise vanish from the
 *   text as a definition;
 * - setext headings: "===" or "---" under a line would turn the line above into a heading that no
 *   "##" shows.
 *
 * Both the indexer (sections) and the site (a section's HTML) parse with this, so they agree.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import type { Processor } from 'unified';
import { unified } from 'unified';

/** micromark constructs the plan dialect turns off. */
const disabledConstructs = [
  'htmlFlow',
  'htmlText',
  'autolink',
  'codeIndented',
  'codeFenced',
  'codeText',
  'labelStartLink',
  'labelStartImage',
  'labelEnd',
  'definition',
  'setextUnderline',
] as const;

/** remark plugin: parse with the plan dialect (adds a micromark extension that disables the constructs above). */
function remarkPlanDialect(this: Processor): void {
  const data = this.data();
  const extensions = (data.micromarkExtensions ??= []);
  extensions.push({ disable: { null: [...disabledConstructs] } });
}

const parser = unified().use(remarkParse).use(remarkPlanDialect);

/** Parses plan Markdown (a body, an original, a section) into mdast. */
export function parsePlanMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
