// A small XML well-formedness check for the tests (no XML parser is installed): nesting, quoting, entities.

const NAME = '[A-Za-z_:][\\w:.-]*';
const ATTR = new RegExp(`\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`, 'gy');
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Throws with the offending position unless the text is well-formed XML; returns the names of all elements. */
export function checkXml(xml: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: ${JSON.stringify(xml.slice(i, i + 60))}`);
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    const text = xml.slice(i, textEnd);
    if (ENTITY.test(text) || text.includes(']]>')) fail('bad character data');
    if (stack.length === 0 && text.trim() && names.length > 0) fail('text outside the root');
    i = textEnd;
    if (lt < 0) break;
    if (xml.startsWith('<?', i)) i = xml.indexOf('?>', i) + 2;
    else if (xml.startsWith('<!--', i)) i = xml.indexOf('-->', i) + 3;
    else if (xml.startsWith('</', i)) {
      const m = new RegExp(`</(${NAME})\\s*>`, 'y');
      m.lastIndex = i;
      const end = m.exec(xml) ?? fail('bad end tag');
      if (stack.pop() !== end[1]) fail(`mismatched </${end[1]}>`);
      i = m.lastIndex;
    } else {
      const m = new RegExp(`<(${NAME})`, 'y');
      m.lastIndex = i;
      const start = m.exec(xml) ?? fail('bad start tag');
      let j = m.lastIndex;
      const seen = new Set<string>();
      for (;;) {
        ATTR.lastIndex = j;
        const a = ATTR.exec(xml);
        if (!a) break;
        if (seen.has(a[1])) fail(`duplicate attribute ${a[1]}`);
        if (ENTITY.test(a[2])) fail('bad attribute value');
        seen.add(a[1]);
        j = ATTR.lastIndex;
      }
      const close = /\s*(\/?)>/y;
      close.lastIndex = j;
      const c = close.exec(xml) ?? fail('unterminated start tag');
      if (stack.length === 0 && names.length > 0) fail('second root element');
      names.push(start[1]);
      if (!c[1]) stack.push(start[1]);
      i = close.lastIndex;
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (!names.length) throw new Error('no root element');
  return names;
}
