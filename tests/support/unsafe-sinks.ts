import ts from 'typescript';

/**
 * Places in TypeScript/TSX source that turn text into markup or code: the ways a value from
 * the host page (untrusted) or a calendar file could become script in the extension or on
 * BuildOps. Found on the syntax tree, so comments and strings that merely mention them do
 * not count, while `el['innerHTML']` and `window.setTimeout('…')` do.
 */
export interface UnsafeSink {
  line: number;
  what: string;
}

/** Properties and methods whose value is parsed as HTML. */
const HTML_SINKS = new Set([
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'dangerouslySetInnerHTML',
  'createContextualFragment',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
  'srcdoc',
]);

/** Timers that compile a string argument as code. */
const TIMERS = new Set(['setTimeout', 'setInterval']);

function isStringy(node: ts.Node | undefined): boolean {
  if (node === undefined) return false;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (ts.isTemplateExpression(node)) return true;
  if (ts.isParenthesizedExpression(node)) return isStringy(node.expression);
  return (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
    (isStringy(node.left) || isStringy(node.right))
  );
}

/** The called name: `eval` for `eval(…)`, `setTimeout` for `window.setTimeout(…)`. */
function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

export function findUnsafeSinks(fileName: string, source: string): UnsafeSink[] {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const found: UnsafeSink[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push({ line: line + 1, what });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && HTML_SINKS.has(node.name.text)) {
      report(node, node.name.text);
    } else if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      HTML_SINKS.has(node.argumentExpression.text)
    ) {
      report(node, node.argumentExpression.text);
    } else if (ts.isJsxAttribute(node) && HTML_SINKS.has(node.name.getText(file))) {
      report(node, node.name.getText(file));
    } else if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      HTML_SINKS.has(node.name.getText(file))
    ) {
      // { dangerouslySetInnerHTML: … } spread into props, or Object.assign(el, { innerHTML })
      report(node, node.name.getText(file));
    } else if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      if (name === 'eval' || name === 'Function') report(node, `${name}(…)`);
      if (name !== undefined && TIMERS.has(name) && isStringy(node.arguments[0])) {
        report(node, `${name} with a string`);
      }
      if (
        (name === 'write' || name === 'writeln') &&
        ts.isPropertyAccessExpression(node.expression) &&
        /\bdocument$/.test(node.expression.expression.getText(file))
      ) {
        report(node, `document.${name}`);
      }
    } else if (ts.isNewExpression(node) && calleeName(node.expression) === 'Function') {
      report(node, 'new Function');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
