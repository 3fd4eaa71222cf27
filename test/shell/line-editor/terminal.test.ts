// The terminal as the learner uses it: keys in, screen out, with the real
// shell behind the line editor (paste, continuation lines, Ctrl-C, Ctrl-D,
// completion from the session).
import { describe, expect, it } from 'vitest';
import { TerminalSession } from '../../../src/shell/line-editor/index.ts';
import { testShell } from '../fixtures/shell.ts';
import { VTerm } from '../fixtures/vterm.ts';

function terminal(o: { columns?: number; onEnd?: (code: number) => void } = {}) {
  const t = testShell();
  const screen = new VTerm(o.columns ?? 80);
  const term = new TerminalSession(t.shell, screen, { columns: o.columns ?? 80, ...(o.onEnd ? { onEnd: o.onEnd } : {}) });
  term.start();
  const type = async (data: string) => {
    term.feed(data);
    await term.idle();
  };
  return { ...t, screen, term, type };
}

describe('terminal session', () => {
  it('runs a line and shows the next prompt', async () => {
    const { screen, type } = terminal();
    await type('echo hello\r');
    expect(screen.text()).toBe('root@workstation:~# echo hello\nhello\nroot@workstation:~#');
    expect(screen.col).toBe('root@workstation:~# '.length);
  });

  it('output without a final newline keeps the prompt on its row, and editing never erases it', async () => {
    const { fs, screen, type } = terminal({ columns: 40 });
    fs.writeFile('/root/token', 'eyJhbGciOi');
    await type('cat token\r');
    expect(screen.text()).toBe('root@workstation:~# cat token\neyJhbGciOiroot@workstation:~#');
    await type('echo a long line that wraps past the edge\x7f\x01\x05');
    expect(screen.text()).toBe('root@workstation:~# cat token\neyJhbGciOiroot@workstation:~# echo a lon\ng line that wraps past the edg');
    expect([screen.row, screen.col]).toEqual([2, 30]);
  });

  it('runs a pasted block line by line, continuing open commands after `> `', async () => {
    const { screen, type } = terminal();
    await type('echo one\necho "two\nlines"\ncat <<EOF | cat\nbody\nEOF\ncd /tmp\n');
    expect(screen.text()).toBe(
      [
        'root@workstation:~# echo one',
        'one',
        'root@workstation:~# echo "two',
        '> lines"',
        'two',
        'lines',
        'root@workstation:~# cat <<EOF | cat',
        '> body',
        '> EOF',
        'body',
        'root@workstation:~# cd /tmp',
        'root@workstation:/tmp#',
      ].join('\n'),
    );
  });

  it('keeps a multi-line command as one history entry', async () => {
    const { shell, type } = terminal();
    await type('for i in 1 2\ndo echo $i\ndone\n');
    expect(shell.history).toEqual(['for i in 1 2\ndo echo $i\ndone']);
  });

  it('Ctrl-C on a continuation line drops the command and sets $? to 130', async () => {
    const { screen, type } = terminal();
    await type('echo "open\r\x03echo $?\r');
    expect(screen.text()).toBe('root@workstation:~# echo "open\n> ^C\nroot@workstation:~# echo $?\n130\nroot@workstation:~#');
  });

  it('Ctrl-D on a continuation line is the end of input, as bash words it', async () => {
    const { screen, type } = terminal();
    await type('echo "open\r\x04');
    expect(screen.text()).toBe("root@workstation:~# echo \"open\n> bash: unexpected EOF while looking for matching `\"'\nroot@workstation:~#");
  });

  it('Ctrl-D in a pod leaves it; on the workstation it ends the session', async () => {
    let ended: number | undefined;
    const { screen, type } = terminal({ onEnd: (code) => (ended = code) });
    await type('k exec -it web -- bash\r\x04');
    expect(screen.text()).toBe('root@workstation:~# k exec -it web -- bash\nroot@web:/# exit\nroot@workstation:~#');
    await type('false\r\x04');
    expect(ended).toBe(1);
  });

  it('without an end handler, a new login shell starts after exit', async () => {
    const { screen, type } = terminal();
    await type('exit\recho again\r');
    expect(screen.text()).toBe('root@workstation:~# exit\nexit\nroot@workstation:~# echo again\nagain\nroot@workstation:~#');
  });

  it('completes commands, files and directories from the session', async () => {
    const { screen, term, type } = terminal();
    await type('ec\t');
    expect(term.editor.text).toBe('echo ');
    await type('/etc/pa\t');
    expect(term.editor.text).toBe('echo /etc/passwd ');
    await type('\x15cd /r\t\t');
    expect(screen.text().split('\n').slice(-2)).toEqual(['root/  run/', 'root@workstation:~# cd /r']);
    await type('o\t');
    expect(term.editor.text).toBe('cd /root/');
  });

  it('completes $VARIABLES and the arguments of an aliased command', async () => {
    const { term, type } = terminal();
    await type('echo $HOSTN\t');
    expect(term.editor.text).toBe('echo $HOSTNAME ');
  });
});
