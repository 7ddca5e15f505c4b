import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './paths';

const AXE_PATH = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

/** What the tests read of axe's answer. */
interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in a real page (layout and computed colours included, so colour contrast is
 * checked too, unlike the happy-dom component tests) and returns each violation as
 * `rule: help at selector`. Extension pages' CSP refuses inline scripts, so when
 * `addScriptTag` is blocked the same file is evaluated through the debugger protocol instead.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = () => page.evaluate(() => 'axe' in globalThis);
  if (!(await loaded())) {
    await page.addScriptTag({ path: AXE_PATH }).catch(() => undefined);
    if (!(await loaded())) await page.evaluate(await readFile(AXE_PATH, 'utf8'));
  }
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[]).flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`),
  );
}
