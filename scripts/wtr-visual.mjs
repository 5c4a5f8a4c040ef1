// A web-test-runner plugin for screenshot tests: the `tk-visual` command takes a Chromium
// screenshot of a rectangle of the test page and compares it with the committed baseline
// `test/visual/baselines/<name>.png` (pixelmatch, small tolerance). A missing baseline is
// written; `TK_UPDATE_VISUAL=1` (or `--update-visual`) rewrites them all. On a mismatch the
// actual image and a diff land in `node_modules/.cache/tk-visual/` for a look.
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const BASELINES = 'test/visual/baselines';
const FAILED = 'node_modules/.cache/tk-visual';
const update = process.env.TK_UPDATE_VISUAL === '1' || process.argv.includes('--update-visual');

export function visualRegression() {
  return {
    name: 'tenantkit-visual',
    async executeCommand({ command, payload, session }) {
      if (command !== 'tk-visual') return undefined;
      const { name, rect, maxDiffRatio = 0.002 } = payload;
      if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad screenshot name ${name}`);
      const page = session.browser.getPage(session.id);
      const clip = {
        x: Math.floor(rect.x),
        y: Math.floor(rect.y),
        width: Math.ceil(rect.width),
        height: Math.ceil(rect.height),
      };
      const shot = await page.screenshot({ type: 'png', clip, captureBeyondViewport: true });
      const file = join(BASELINES, `${name}.png`);
      if (update || !existsSync(file)) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, shot);
        return { written: true, diffRatio: 0 };
      }
      const actual = PNG.sync.read(Buffer.from(shot));
      const expected = PNG.sync.read(readFileSync(file));
      if (actual.width !== expected.width || actual.height !== expected.height) {
        mkdirSync(FAILED, { recursive: true });
        writeFileSync(join(FAILED, `${name}.actual.png`), shot);
        return {
          written: false,
          diffRatio: 1,
          reason: `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`,
        };
      }
      const diff = new PNG({ width: actual.width, height: actual.height });
      const pixels = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
        threshold: 0.1,
      });
      const diffRatio = pixels / (actual.width * actual.height);
      if (diffRatio > maxDiffRatio) {
        mkdirSync(FAILED, { recursive: true });
        writeFileSync(join(FAILED, `${name}.actual.png`), shot);
        writeFileSync(join(FAILED, `${name}.diff.png`), PNG.sync.write(diff));
      }
      return { written: false, diffRatio, reason: `${pixels} pixels differ` };
    },
  };
}
