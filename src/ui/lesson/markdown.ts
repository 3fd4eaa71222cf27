// Lesson Markdown → safe HTML. Lessons come from instructors' forks, so the
// HTML marked produces is sanitized before it reaches the page; ```sh blocks
// become code blocks with a Run button (wired by the lesson pane).
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false });
marked.use({
  renderer: {
    code({ text, lang }) {
      const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      if (lang === 'sh' || lang === 'bash' || lang === 'shell') {
        const enc = encodeURIComponent(text);
        return `<div class="cmd"><pre><code>${esc}</code></pre><button type="button" class="run" data-run="${enc}" aria-label="Run in the terminal: ${esc.replace(/"/g, '&quot;')}">Run</button></div>`;
      }
      return `<pre><code class="language-${(lang ?? '').replace(/[^a-z0-9-]/gi, '')}">${esc}</code></pre>`;
    },
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens);
      const external = /^https?:/i.test(href);
      return `<a href="${href}"${title ? ` title="${title}"` : ''}${external ? ' target="_blank" rel="noopener noreferrer"' : ''}>${text}</a>`;
    },
  },
});

export function renderMarkdown(md: string): string {
  const html = marked.parse(md, { async: false });
  return DOMPurify.sanitize(html, { ADD_ATTR: ['data-run', 'target'], FORBID_TAGS: ['style', 'form', 'input', 'iframe'] });
}
