import { join } from 'node:path';
import { demoOptions } from '../../../scripts/demo-args.mjs';

const root = '/repo';

describe('npm run demo arguments', () => {
  it('takes --screenshot --dialog as two flags, saving under the ignored .output folder', () => {
    expect(demoOptions(['--screenshot', '--dialog'], root)).toEqual({
      help: false,
      page: 'label-for.html',
      screenshot: join(root, '.output/screenshots/period-guard-dialog.png'),
      dialog: true,
    });
    expect(demoOptions(['--dialog', '--screenshot'], root).screenshot).toBe(
      join(root, '.output/screenshots/period-guard-dialog.png'),
    );
    expect(demoOptions(['--screenshot'], root).screenshot).toBe(
      join(root, '.output/screenshots/period-guard.png'),
    );
  });

  it('still takes a named file and a fixture page, in any order', () => {
    expect(
      demoOptions(['--screenshot', 'shot.png', 'posting-date.html', '--dialog'], root),
    ).toEqual({
      help: false,
      page: 'posting-date.html',
      screenshot: join(root, 'shot.png'),
      dialog: true,
    });
    expect(demoOptions(['--screenshot', '--out', '/tmp/a.png'], root).screenshot).toBe(
      '/tmp/a.png',
    );
  });

  it('opens a visible browser without --screenshot', () => {
    expect(demoOptions([], root)).toMatchObject({ screenshot: null, dialog: false });
  });

  it('says what it cannot use, with the usage, instead of guessing', () => {
    expect(() => demoOptions(['--dialgo'], root)).toThrow(
      /Unknown option '--dialgo'[\s\S]*npm run demo/,
    );
    expect(() => demoOptions(['--dialog'], root)).toThrow(/--dialog goes with --screenshot/);
    expect(() => demoOptions(['shot.png'], root)).toThrow(/add --screenshot/);
    expect(() => demoOptions(['--screenshot', 'notes.txt'], root)).toThrow(/"notes.txt"/);
  });
});
