// Tab completion candidates from the session: commands, variables, files,
// and a command's own completer (how kubectl plugs in).
import { describe, expect, it } from 'vitest';
import type { ArgCompleter } from '../../../src/shell/command.ts';
import { wordAt } from '../../../src/shell/completion.ts';
import { testShell } from '../fixtures/shell.ts';

const complete = async (line: string, o: Parameters<typeof testShell>[0] = {}) => {
  const { shell } = testShell(o);
  return shell.complete(line, line.length);
};

describe('completion candidates', () => {
  it('command names in command position: builtins, commands, aliases', async () => {
    expect((await complete('ec')).candidates).toEqual(['echo']);
    expect((await complete('e')).candidates).toEqual(['echo', 'env', 'eval', 'exit', 'export']);
    expect((await complete('ls | k')).candidates).toEqual(['k', 'kubectl']);
  });

  it('files, with directories marked and names shown without their directory', async () => {
    const c = await complete('cat /etc/');
    expect(c.candidates).toEqual(['/etc/hostname', '/etc/passwd', '/etc/shadow']);
    expect(c.display).toEqual(['hostname', 'passwd', 'shadow']);
    expect((await complete('cd /r')).candidates).toEqual(['/root/', '/run/']);
    expect((await complete('cat ~/no')).candidates).toEqual(['~/notes.txt']);
    expect((await complete('cat no')).from).toBe(4);
  });

  it('variable names after $', async () => {
    expect((await complete('echo $HOS')).candidates).toEqual(['$HOSTNAME']);
  });

  it("a command's completer gets the words so far (aliases expanded), files when it has nothing", async () => {
    const seen: string[][] = [];
    const kubectl: ArgCompleter = async ({ argv, word }) => {
      seen.push([...argv, `<${word}>`]);
      return argv.length === 1 ? ['get', 'describe', 'delete'] : undefined;
    };
    const o = { completers: new Map([['kubectl', kubectl]]) };
    expect((await complete('k ge', o)).candidates).toEqual(['get']);
    expect((await complete('kubectl de', o)).candidates).toEqual(['delete', 'describe']);
    expect((await complete('k get /etc/ho', o)).candidates).toEqual(['/etc/hostname']);
    expect(seen).toEqual([['kubectl', '<ge>'], ['kubectl', '<de>'], ['kubectl', 'get', '</etc/ho>']]);
  });

  it('quotes what the shell would otherwise split', async () => {
    const { fs, shell } = testShell();
    fs.writeFile('/root/my file.txt', '');
    expect((await shell.complete('cat my', 6)).candidates).toEqual(['my\\ file.txt']);
    expect((await shell.complete('cat "my', 7)).candidates).toEqual(['"my file.txt"']);
  });
});

describe('wordAt', () => {
  it('splits like the shell, up to the cursor', () => {
    expect(wordAt('k get pods -n de', 16)).toMatchObject({ words: ['k', 'get', 'pods', '-n'], word: 'de', start: 14 });
    expect(wordAt('echo a; kub', 11)).toMatchObject({ words: [], word: 'kub' });
    expect(wordAt('echo "a b" c\\ d', 15)).toMatchObject({ words: ['echo', 'a b'], word: 'c d' });
    expect(wordAt('x=$(kubectl g', 13)).toMatchObject({ words: ['kubectl'], word: 'g' });
    expect(wordAt('ls ', 3)).toMatchObject({ words: ['ls'], word: '', start: 3 });
  });
});
