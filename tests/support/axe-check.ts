import axe from 'axe-core';

/**
 * Runs axe on a rendered component and returns the violations as readable lines, so a failing
 * test names the rule and the element. Colour contrast is off because happy-dom has no layout
 * or computed colours; `region` is off because a component is tested outside a page landmark.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`),
  );
}
