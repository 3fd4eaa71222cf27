// The line editor through key sequences, checked on a small terminal
// emulator: what the screen shows, where the cursor is, what event comes out.
import { describe, expect, it } from 'vitest';
import type { Completion } from '../../../src/shell/completion.ts';
import { decodeKeys, LineEditor, type EditorEvent } from '../../../src/shell/line-editor/index.ts';
import { VTerm } from '../fixtures/vterm.ts';

const LEFT = '\x1b[D';
const RIGHT = '\x1b[C';
const UP = '\x1b[A';
const DOWN = '\x1b[B';
const HOME = '\x1b[H';
const END = '\x1b[F';
const DEL = '\x1b[3~';
const BS = '\x7f';
const ctrl = (c: string) => String.fromCharCode(c.charCodeAt(0) - 96);

interface Setup {
  columns?: number;
  history?: string[];
  complete?: (line: string, cursor: number) => Promise<Completion>;
}

function setup(o: Setup = {}) {
  const term = new VTerm(o.columns ?? 40);
  const ed = new LineEditor({
    write: (s) => term.write(s),
    columns: o.columns ?? 40,
    history: () => o.history ?? [],
    ...(o.complete ? { complete: o.complete } : {}),
  });
  ed.start('$ ');
  const type = async (data: string): Promise<EditorEvent[]> => {
    const events: EditorEvent[] = [];
    for (const k of decodeKeys(data)) {
      const e = await ed.handle(k);
      if (e) events.push(e);
    }
    return events;
  };
  return { ed, term, type };
}

describe('editing', () => {
  it('echoes typed text after the prompt', async () => {
    const { ed, term, type } = setup();
    await type('kubectl get pods');
    expect(ed.text).toBe('kubectl get pods');
    expect(term.text()).toBe('$ kubectl get pods');
    expect([term.row, term.col]).toEqual([0, 18]);
  });

  it('moves with arrows, Home/End, Ctrl-A/E/B/F and inserts in the middle', async () => {
    const { ed, term, type } = setup();
    await type(`helo${LEFT}l${HOME}>${END}!${ctrl('a')}${ctrl('f')}${ctrl('f')}_${ctrl('e')}${ctrl('b')}${RIGHT}?`);
    expect(ed.text).toBe('>h_ello!?');
    expect(term.text()).toBe('$ >h_ello!?');
    expect(term.col).toBe(2 + ed.cursor);
  });

  it('deletes with Backspace, Delete and Ctrl-D; Ctrl-D on an empty line is end of file', async () => {
    const { ed, term, type } = setup();
    await type(`abcdef${BS}${LEFT}${LEFT}${DEL}${HOME}${ctrl('d')}`);
    expect(ed.text).toBe('bce');
    expect(term.text()).toBe('$ bce');
    await type(`${ctrl('k')}`);
    expect(ed.text).toBe('');
    expect(await type(ctrl('d'))).toEqual([{ kind: 'eof' }]);
  });

  it('kills to the end (Ctrl-K), to the start (Ctrl-U), a word back (Ctrl-W), and yanks (Ctrl-Y)', async () => {
    const { ed, type } = setup();
    await type(`kubectl get pods -n demo${ctrl('w')}`);
    expect(ed.text).toBe('kubectl get pods -n ');
    await type(`${ctrl('y')}${HOME}${ctrl('f')}${ctrl('f')}${ctrl('k')}`);
    expect(ed.text).toBe('ku');
    await type(`${ctrl('y')}${ctrl('a')}${RIGHT}${ctrl('u')}`);
    expect(ed.text).toBe('ubectl get pods -n demo');
    await type(`${END}\x1bb\x1bb${ctrl('y')}`);
    expect(ed.text).toBe('ubectl get pods -kn demo');
  });

  it('Enter hands the line over and moves below it', async () => {
    const { ed, term, type } = setup();
    expect(await type('echo hi\r')).toEqual([{ kind: 'line', text: 'echo hi' }]);
    expect(ed.text).toBe('');
    expect([term.row, term.col]).toEqual([1, 0]);
  });

  it('Ctrl-C prints ^C, drops the line and reports an interrupt', async () => {
    const { ed, term, type } = setup();
    expect(await type(`half typed${ctrl('c')}`)).toEqual([{ kind: 'interrupt' }]);
    expect(ed.text).toBe('');
    expect(term.text()).toBe('$ half typed^C');
    expect([term.row, term.col]).toEqual([1, 0]);
  });

  it('Ctrl-L clears the screen and redraws the line at the top', async () => {
    const { ed, term, type } = setup();
    await type('one\r');
    ed.start('$ ');
    await type(`two${ctrl('l')}`);
    expect(term.text()).toBe('$ two');
    expect([term.row, term.col]).toEqual([0, 5]);
  });
});

describe('wrapping and wide characters', () => {
  it('wraps long lines and keeps the cursor right across the edge', async () => {
    const { ed, term, type } = setup({ columns: 10 });
    await type('abcdefghijklmnop');
    expect(term.text()).toBe('$ abcdefgh\nijklmnop');
    expect([term.row, term.col]).toEqual([1, 8]);
    await type(`${LEFT.repeat(9)}X`);
    expect(ed.text).toBe('abcdefgXhijklmnop');
    expect(term.text()).toBe('$ abcdefgX\nhijklmnop');
    expect([term.row, term.col]).toEqual([1, 0]);
    await type(`${BS}${BS}`);
    expect(term.text()).toBe('$ abcdefhi\njklmnop');
    expect([term.row, term.col]).toEqual([0, 8]);
  });

  it('a line that exactly fills the row puts the cursor on the next row', async () => {
    const { term, type } = setup({ columns: 10 });
    await type('12345678');
    expect(term.text()).toBe('$ 12345678');
    expect([term.row, term.col]).toEqual([1, 0]);
    await type('9');
    expect(term.text()).toBe('$ 12345678\n9');
    await type(`${BS}${BS}`);
    expect(term.text()).toBe('$ 1234567');
    expect([term.row, term.col]).toEqual([0, 9]);
  });

  it('counts Hangul as two columns and steps over it as one character', async () => {
    const { ed, term, type } = setup();
    await type(`echo 안녕${LEFT}${BS}`);
    expect(ed.text).toBe('echo 녕');
    expect(term.text()).toBe('$ echo 녕');
    expect(term.col).toBe(7);
    await type('🙂');
    expect(ed.cursor).toBe(7);
    expect(term.col).toBe(9);
  });
});

describe('history', () => {
  const history = ['kubectl get pods', 'echo hi', 'kubectl get sa -n demo'];
  const setup80 = (o: Setup) => setup({ columns: 80, ...o });

  it('↑ and ↓ walk the history and come back to the line being typed', async () => {
    const { ed, term, type } = setup({ history });
    await type(`draft${UP}`);
    expect(ed.text).toBe('kubectl get sa -n demo');
    await type(`${UP}${UP}`);
    expect(term.text()).toBe('$ kubectl get pods');
    await type(UP);
    expect(term.bells).toBe(1);
    await type(`${DOWN}${DOWN}${DOWN}`);
    expect(ed.text).toBe('draft');
    expect(term.text()).toBe('$ draft');
  });

  it('Ctrl-R searches backwards as you type and Enter runs the match', async () => {
    const { term, type } = setup80({ history });
    await type(`${ctrl('r')}get`);
    expect(term.text()).toBe("(reverse-i-search)`get': kubectl get sa -n demo");
    await type(ctrl('r'));
    expect(term.text()).toBe("(reverse-i-search)`get': kubectl get pods");
    expect(term.col).toBe("(reverse-i-search)`get': kubectl ".length);
    expect(await type('\r')).toEqual([{ kind: 'line', text: 'kubectl get pods' }]);
  });

  it('a failed search says so; an arrow key leaves the search with the match to edit', async () => {
    const { ed, term, type } = setup80({ history });
    await type(`${ctrl('r')}echo`);
    await type('z');
    expect(term.text()).toBe("(failed reverse-i-search)`echoz': echo hi");
    await type(`${BS}${END}!`);
    expect(ed.text).toBe('echo hi!');
    expect(term.text()).toBe('$ echo hi!');
  });

  it('Ctrl-G gives up the search and restores the line', async () => {
    const { ed, term, type } = setup({ history });
    await type(`mine${ctrl('r')}kube${ctrl('g')}`);
    expect(ed.text).toBe('mine');
    expect(term.text()).toBe('$ mine');
  });
});

describe('tab completion', () => {
  const words = ['kubectl', 'kubeadm', 'kill'];
  const complete = async (line: string, cursor: number): Promise<Completion> => {
    const start = line.lastIndexOf(' ', cursor - 1) + 1;
    const word = line.slice(start, cursor);
    return { from: start, to: cursor, candidates: words.filter((w) => w.startsWith(word)) };
  };

  it('completes a single candidate with a space after it', async () => {
    const { ed, type } = setup({ complete });
    await type('ki\t');
    expect(ed.text).toBe('kill ');
  });

  it('extends to the common prefix, rings, then lists on the second Tab', async () => {
    const { ed, term, type } = setup({ complete });
    await type('k\t');
    expect(ed.text).toBe('k');
    expect(term.bells).toBe(1);
    await type('u\t');
    expect(ed.text).toBe('kube');
    await type('\t');
    expect(term.bells).toBe(2);
    await type('\t');
    expect(term.text()).toBe('$ kube\nkubeadm  kubectl\n$ kube');
    expect(ed.text).toBe('kube');
  });

  it('asks before listing more than 100 candidates', async () => {
    const many = Array.from({ length: 150 }, (_, i) => `pod-${String(i).padStart(3, '0')}`);
    const { ed, term, type } = setup({ complete: async (_l, c) => ({ from: 0, to: c, candidates: many }) });
    await type('\t\t\t');
    expect(term.currentLine()).toBe('Display all 150 possibilities? (y or n)');
    await type('n');
    expect(term.currentLine()).toBe('$ pod-');
    expect(ed.text).toBe('pod-');
  });

  it('rings when there is nothing to complete', async () => {
    const { term, type } = setup({ complete });
    await type('zz\t');
    expect(term.bells).toBe(1);
  });
});
