/** The printed report: plain text tables, readable in a CI log and pasteable into an issue. */

const KB = 1024;

function fixed(value, digits = 1) {
  return value === null || value === undefined ? 'n/a' : value.toFixed(digits);
}

function signed(value, digits = 1) {
  if (value === null || value === undefined) return 'n/a';
  return `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
}

function times(value) {
  return value === null || value === undefined ? 'n/a' : `${value.toFixed(2)}×`;
}

function row(cells, widths) {
  return cells
    .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
    .join('  ');
}

function table(title, header, cells) {
  // Rows that leave their last cells out show them blank.
  const rows = cells.map((cells) => header.map((_, i) => cells[i] ?? ''));
  const widths = header.map((h, i) =>
    Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)),
  );
  return [title, row(header, widths), ...rows.map((r) => row(r, widths))].join('\n');
}

/** The 95 % interval of an added median, "+12.0 to +52.3"; blank when there is none. */
function interval(range, digits) {
  return range ? `${signed(range.low, digits)} to ${signed(range.high, digits)}` : '';
}

function comparisonRow(label, c, digits = 1) {
  return [
    label,
    fixed(c.without, digits),
    fixed(c.with, digits),
    signed(c.added, digits),
    interval(c.addedInterval, digits),
    times(c.ratio),
  ];
}

/** Median, 90th percentile and maximum of a measured spread. */
function spreadRow(label, spread) {
  return [label, fixed(spread.median), fixed(spread.p90), fixed(spread.max)];
}

function tracedRow(label, summary, digits = 1) {
  return [label, '', fixed(summary.median, digits), '', interval(summary.interval, digits)];
}

function marksRows(marks) {
  if (!marks) return [];
  const at = marks.atLoad;
  const atLoad = at ? `${at.right} of ${at.expected} rows (${at.wrong} wrong)` : 'n/a';
  if (!marks.available) return [[`  row marks: none (${marks.reason})`, '', atLoad, '', '']];
  const change = marks.afterChange;
  return [
    ['  rows marked right once settled (last load)', '', atLoad, '', ''],
    ['  loads with every row marked once settled', '', `${marks.completeAtLoad} of ${marks.loads}`],
    [
      '  rows that appear → all their marks, ms',
      '',
      fixed(change.median),
      '',
      interval(change.interval),
      `max ${fixed(change.max)}, ${change.misses} missed`,
    ],
  ];
}

function loadRows(load) {
  const floor = load.overFloor;
  return [
    [`${load.title} (${load.nodes} nodes, ${load.runs} runs)`, '', '', '', ''],
    comparisonRow('  main-thread time, ms', load.taskMs),
    comparisonRow('  of which script, ms', load.scriptMs),
    comparisonRow('  of which style + layout, ms', load.styleLayoutMs),
    comparisonRow('  layouts (each a frame or a forced layout)', load.layouts),
    comparisonRow('  JS heap after GC, MB', load.heapMB, 2),
    comparisonRow('  long tasks ≥ 50 ms wall (observer)', load.longTasks, 0),
    ...(floor
      ? [
          comparisonRow('  banner floor: main-thread time, ms', floor.floorTaskMs),
          comparisonRow('  guard over the banner floor, main-thread ms', floor.taskMs),
          comparisonRow('  guard over the banner floor, script ms', floor.scriptMs),
        ]
      : []),
    tracedRow(`  extension script, CPU ms (${load.scriptTracedRuns} traced)`, load.extensionScript),
    [
      '  long tasks caused by the extension (traced)',
      '',
      `${load.extensionLongTasks} in ${load.tracedRuns} runs`,
      '',
      '',
    ],
    [
      '  layouts forced by extension script (traced, stacks)',
      '',
      load.forcedLayouts === null ? 'n/a' : `${load.forcedLayouts} in ${load.stackTracedRuns} runs`,
      '',
      '',
    ],
    ['  verdict on the banner', '', load.verdict ?? '(none)', '', ''],
    ...marksRows(load.marks),
  ];
}

function browserTables(b) {
  const header = ['', 'without', 'with', 'added', 'added, 95 % interval', 'ratio'];
  const storm = b.storm;
  const pct = (c) => ({
    with: c.with * 100,
    without: c.without * 100,
    added: c.added === null ? null : c.added * 100,
    addedInterval: c.addedInterval
      ? { low: c.addedInterval.low * 100, high: c.addedInterval.high * 100 }
      : null,
    ratio: c.ratio,
  });
  const loads = table(
    [
      `Page loads in headless Chromium ${b.chromium}: medians of alternating runs`,
      `(main thread = its CPU time over load + ${b.settleMs} ms settle; added = median of paired differences,`,
      'with the range that holds the true median with 95 % confidence on this machine; the',
      '"without" column of a floor row is the banner floor, its "with" the guard)',
    ].join('\n'),
    header,
    [
      ...(b.pages ?? []).flatMap((page) => loadRows(b[page])),
      [
        `Mutation storm (${fixed(storm.windowMs / 1000)} s, clock re-rendered every frame)`,
        '',
        '',
        '',
        '',
      ],
      comparisonRow('  main thread busy, % of window', pct(storm.busyShare)),
      comparisonRow('  main-thread time, ms', storm.taskMs),
      comparisonRow('  frames drawn', storm.frames, 0),
      comparisonRow('  long tasks ≥ 50 ms wall (observer)', storm.longTasks, 0),
      ['  extension script, CPU ms (traced)', '', fixed(storm.extensionScriptMs), '', ''],
      [
        '  long tasks caused by the extension (traced)',
        '',
        `${storm.extensionLongTasks} in ${storm.tracedRuns} runs`,
        '',
        '',
      ],
    ],
  );
  const l = b.latency;
  const latency = l.available
    ? table(
        `Verdict latency with the extension (${b.runs} pages, ${l.edit.n} edits)`,
        ['', 'median', 'p90', 'max'],
        [
          spreadRow('date appears in the DOM → verdict, ms', l.appear),
          spreadRow('date edited → new verdict, ms', l.edit),
          ['changes whose verdict never showed', String(l.misses), '', ''],
        ],
      )
    : `Verdict latency: n/a (${l.reason})`;
  return `${loads}\n\n${latency}`;
}

function pureTable(p) {
  const perSecond = (value) => Math.round(value).toLocaleString('en-US');
  const rows = [
    [
      `verdicts per second (${p.verdicts.periods} periods)`,
      perSecond(p.verdicts.perSecond),
      perSecond(p.verdicts.perSecondWall),
    ],
    [
      `CSV import, ${p.csvImport.rows.toLocaleString('en-US')} rows, ms`,
      fixed(p.csvImport.ms),
      fixed(p.csvImport.wallMs),
    ],
  ];
  for (const [name, shape] of Object.entries(p.readInvoice.shapes)) {
    rows.push([`readInvoice ${name}, µs`, fixed(shape.ms * 1000), fixed(shape.wallMs * 1000)]);
  }
  return table('Pure functions (medians)', ['', 'CPU time', 'wall (tinybench)'], rows);
}

function kb(bytes) {
  return bytes === undefined ? '' : (bytes / KB).toFixed(1);
}

/** One size row: the Chrome and Firefox builds' raw and gzip sizes, blank where missing. */
function sizeRow(label, chrome, firefox) {
  return [label, kb(chrome?.raw), kb(chrome?.gzip), kb(firefox?.raw), kb(firefox?.gzip)];
}

/** Size rows for both builds side by side, raw and gzip, in KB. */
export function sizesTable(sizes) {
  const { chrome, firefox } = sizes;
  const rows = [];
  for (const name of Object.keys(chrome.contentScripts)) {
    const label = `content script ${name} (+ UI)`;
    rows.push(sizeRow(label, chrome.contentScripts[name], firefox.contentScripts[name]));
  }
  for (const name of Object.keys(chrome.pages)) {
    rows.push(sizeRow(`${name} page (+ chunks)`, chrome.pages[name], firefox.pages[name]));
  }
  if (chrome.background) rows.push(sizeRow('background', chrome.background, firefox.background));
  rows.push(sizeRow('whole build', chrome.total, firefox.total));
  rows.push(['zipped extension', '', kb(chrome.zip), '', kb(firefox.zip)]);
  return table(
    'Sizes of the production builds, KB',
    ['', 'chrome raw', 'gzip/zip', 'firefox raw', 'gzip/zip'],
    rows,
  );
}

const MARK = { pass: 'ok  ', fail: 'MISS', 'n/a': 'n/a ', skipped: 'skip' };

function formatBudgetValue(row) {
  if (row.value === null) return row.status === 'n/a' ? 'n/a' : '—';
  if (row.unit === '/s') return `${Math.round(row.value).toLocaleString('en-US')}/s`;
  const digits = row.unit === '' ? 0 : row.unit === '%' ? 2 : 1;
  return `${row.value.toFixed(digits)}${row.unit ? ` ${row.unit}` : ''}`;
}

function formatLimit(row) {
  const limit = row.unit === '/s' ? row.limit.toLocaleString('en-US') : row.limit;
  const unit = row.unit === '/s' ? row.unit : row.unit ? ` ${row.unit}` : '';
  return `${row.atLeast ? '≥' : '≤'} ${limit}${unit}`;
}

/** The budgets, each with its figure and verdict; why a figure is n/a goes below the table. */
export function budgetTable(evaluated) {
  const rows = evaluated.map((r) => [
    `${MARK[r.status]} ${r.label}`,
    formatBudgetValue(r),
    r.interval ? `${fixed(r.interval.low)} to ${fixed(r.interval.high)}` : '',
    formatLimit(r),
  ]);
  const notes = evaluated
    .filter((r) => (r.status === 'n/a' || r.status === 'skipped') && r.reason)
    .map((r) => `${r.status}: ${r.id}: ${r.reason}`);
  return [
    table('Budgets', ['', 'measured', '95 % interval', 'budget'], rows),
    ...new Set(notes),
  ].join('\n');
}

/** The whole printed report for `npm run bench`. */
export function formatReport(results, evaluated) {
  const parts = [];
  if (results.browser) parts.push(browserTables(results.browser));
  if (results.pure) parts.push(pureTable(results.pure));
  if (results.sizes) parts.push(sizesTable(results.sizes));
  parts.push(budgetTable(evaluated));
  return parts.join('\n\n');
}
