// Just enough of a DOM to run report.html's script in a test (no browser here): elements, events, textContent.

/** A minimal element: children, text, classes, attributes and listeners. */
export class FakeElement {
  children: FakeElement[] = [];
  textContent = '';
  className = '';
  private listeners = new Map<string, Array<(e: { key?: string; preventDefault(): void }) => void>>();
  private classes = new Set<string>();
  constructor(readonly tagName: string, private attrs: Record<string, string> = {}) {}
  readonly classList = {
    add: (c: string) => void this.classes.add(c),
    remove: (c: string) => void this.classes.delete(c),
    contains: (c: string) => this.classes.has(c),
  };
  get firstChild(): FakeElement | null {
    return this.children[0] ?? null;
  }
  appendChild(child: FakeElement): FakeElement {
    this.children.push(child);
    return child;
  }
  removeChild(child: FakeElement): void {
    this.children = this.children.filter((c) => c !== child);
  }
  getAttribute(name: string): string | null {
    return this.attrs[name] ?? null;
  }
  addEventListener(type: string, fn: (e: { key?: string; preventDefault(): void }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  fire(type: string, key?: string): void {
    for (const fn of this.listeners.get(type) ?? []) fn({ key, preventDefault() {} });
  }
  /** All text below this element, depth first. */
  allText(): string[] {
    return [this.textContent, ...this.children.flatMap((c) => c.allText())].filter(Boolean);
  }
}

/** Runs the page's last inline script against the data element and cells found in the HTML. */
export function runReportScript(html: string): { panel: FakeElement; cells: Map<string, FakeElement> } {
  const json = /<script type="application\/json" id="needle-trials">([^]*?)<\/script>/.exec(html)![1];
  const scripts = [...html.matchAll(/<script>([^]*?)<\/script>/g)];
  const code = scripts[scripts.length - 1][1];
  const dataEl = new FakeElement('script');
  dataEl.textContent = json;
  const panel = new FakeElement('div');
  const cells = new Map<string, FakeElement>();
  for (const m of html.matchAll(/<g class="cell" data-key="([^"]+)"/g)) cells.set(m[1], new FakeElement('g', { 'data-key': m[1] }));
  const document = {
    getElementById: (id: string) => (id === 'needle-trials' ? dataEl : id === 'cell-panel' ? panel : null),
    querySelectorAll: () => [...cells.values()],
    createElement: (tag: string) => new FakeElement(tag),
  };
  new Function('document', code)(document);
  return { panel, cells };
}
