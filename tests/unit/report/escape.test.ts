// Untrusted text stays text in HTML, XML and inline script JSON.

import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml, jsonForScript } from '../../../src/report/escape.js';

describe('escaping', () => {
  it('escapes markup characters for HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('replaces characters XML 1.0 cannot carry', () => {
    expect(escapeXml('a\u0000b\u001Bc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(escapeXml('emoji 😀 stays')).toBe('emoji 😀 stays');
  });

  it('keeps JSON inside <script> from closing the element or breaking lines', () => {
    const json = jsonForScript({ r: '</script><script>alert(1)</script>\u2028\u2029' });
    expect(json).not.toMatch(/[<>\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ r: '</script><script>alert(1)</script>\u2028\u2029' });
  });
});
