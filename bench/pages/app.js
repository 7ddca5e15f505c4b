/*
 * A stand-in for the BuildOps single-page app, just heavy enough to be honest: an app shell
 * (top bar, side navigation), then the screen the route asks for, drawn by script after a
 * simulated data fetch, as a React + Material UI app does. Class names imitate generated
 * CSS-in-JS names on purpose: the guard must find values by their labels, not by classes.
 *
 * Shared by every bench page (bench/pages/*.html). Plain DOM, textContent only.
 */
(() => {
  /** Seeded so every run draws the same page, node for node. */
  function prng(seed) {
    let state = seed >>> 0;
    return () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props ?? {})) {
      if (key === 'className') node.className = value;
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        node.append(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    }
    return node;
  }

  const CUSTOMERS = [
    'Northwind Facilities',
    'Harbor Point Medical',
    'Cascade Property Group',
    'Summit Retail Partners',
    'Bluewater Logistics',
    'Granite Ridge Schools',
    'Pioneer Data Centers',
    'Lakeside Hospitality',
  ];
  const TASKS = [
    'Rooftop unit preventive maintenance',
    'Replace condenser fan motor',
    'Chiller inspection',
    'Boiler descaling',
    'Thermostat replacement',
    'Refrigerant recharge R-410A',
    'Ductwork repair',
    'Emergency call-out',
    'Filter change (24 units)',
    'Controls programming',
  ];

  function money(value) {
    return `$${value.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
  }

  function pad(n) {
    return String(n).padStart(2, '0');
  }

  function usDate(year, month, day) {
    return `${pad(month)}/${pad(day)}/${year}`;
  }

  function icon(name) {
    return el(
      'span',
      { className: 'MuiIcon-root material-icons-outlined', 'aria-hidden': 'true' },
      name,
    );
  }

  function shell() {
    const nav = el('nav', { className: 'css-1q2w3e4 Sidebar-root', 'aria-label': 'Main' });
    const sections = ['Dashboard', 'Dispatch', 'Jobs', 'Projects', 'Customers', 'Properties'];
    const more = ['Quotes', 'Invoices', 'Payments', 'Purchasing', 'Inventory', 'Timesheets'];
    const rest = ['Reports', 'Service Agreements', 'Maintenance', 'Technicians', 'Settings'];
    for (const label of [...sections, ...more, ...rest]) {
      nav.append(
        el(
          'a',
          { className: 'css-9ol8ik SidebarItem-root', href: `#/${label.toLowerCase()}` },
          icon('circle'),
          el('span', { className: 'css-0 MuiTypography-root MuiTypography-body2' }, label),
        ),
      );
    }
    const topBar = el(
      'header',
      { className: 'css-ab12cd MuiAppBar-root MuiPaper-root' },
      el(
        'div',
        { className: 'css-ef34gh MuiToolbar-root' },
        el('span', { className: 'css-logo' }, 'BuildOps'),
        el('input', {
          className: 'css-search MuiInputBase-input',
          placeholder: 'Search',
          'aria-label': 'Search',
        }),
        el(
          'button',
          { className: 'css-btn MuiIconButton-root', 'aria-label': 'Notifications' },
          icon('notifications'),
        ),
        el(
          'button',
          { className: 'css-btn MuiIconButton-root', 'aria-label': 'Account' },
          icon('person'),
        ),
      ),
    );
    const main = el('main', { className: 'css-7yhn6t Main-root', id: 'screen' });
    const app = el(
      'div',
      { className: 'css-app App-root' },
      topBar,
      el('div', { className: 'css-row' }, nav, main),
    );
    document.getElementById('root').append(app);
    return main;
  }

  /** A Material-UI-like read-only field: a caption label above its value, no <label for>. */
  function field(label, value) {
    return el(
      'div',
      { className: 'css-1x2y3z MuiGrid-item' },
      el('p', { className: 'css-caption MuiTypography-caption' }, label),
      el('p', { className: 'css-value MuiTypography-body1' }, value),
    );
  }

  function lineItems(random, count) {
    const head = el(
      'thead',
      null,
      el(
        'tr',
        null,
        ...['#', 'Item', 'Description', 'Technician', 'Qty', 'Unit price', 'Tax', 'Amount'].map(
          (h) => el('th', { className: 'css-th MuiTableCell-head' }, h),
        ),
      ),
    );
    const body = el('tbody');
    let total = 0;
    for (let i = 0; i < count; i++) {
      const qty = 1 + Math.floor(random() * 8);
      const price = 40 + Math.floor(random() * 900);
      total += qty * price;
      body.append(
        el(
          'tr',
          { className: 'css-tr MuiTableRow-root' },
          el('td', { className: 'css-td' }, String(i + 1)),
          el(
            'td',
            { className: 'css-td' },
            el('span', { className: 'css-chip' }, `SKU-${1000 + i}`),
          ),
          el(
            'td',
            { className: 'css-td' },
            el('div', { className: 'css-desc' }, TASKS[i % TASKS.length]),
          ),
          el('td', { className: 'css-td' }, el('span', null, `Tech ${1 + (i % 12)}`)),
          el('td', { className: 'css-td' }, String(qty)),
          el('td', { className: 'css-td' }, money(price)),
          el('td', { className: 'css-td' }, '8.25%'),
          el('td', { className: 'css-td' }, el('strong', null, money(qty * price))),
        ),
      );
    }
    return { table: el('table', { className: 'css-table MuiTable-root' }, head, body), total };
  }

  function activity(random, count) {
    const list = el('ul', { className: 'css-activity' });
    for (let i = 0; i < count; i++) {
      list.append(
        el(
          'li',
          { className: 'css-activity-item' },
          icon('history'),
          el('span', { className: 'css-who' }, `User ${1 + Math.floor(random() * 20)}`),
          el(
            'span',
            { className: 'css-what' },
            ` updated ${TASKS[i % TASKS.length].toLowerCase()}`,
          ),
          el('time', { className: 'css-when' }, `${1 + (i % 28)} days ago`),
        ),
      );
    }
    return list;
  }

  /**
   * The invoice detail screen. `invoiceDate: null` draws it without the dates block, so a
   * page can add the date later (see `invoiceDatesBlock`).
   */
  function invoiceDetail(main, options) {
    const random = prng(options.seed ?? 20417);
    const header = el(
      'div',
      { className: 'css-head PageHeader-root' },
      el('h1', { className: 'css-h1 MuiTypography-h5' }, `Invoice ${options.number}`),
      el('span', { className: 'css-chip MuiChip-root' }, 'Draft'),
      el(
        'div',
        { className: 'css-actions' },
        el('button', { className: 'css-btn MuiButton-outlined', type: 'button' }, 'Edit'),
        el('button', { className: 'css-btn MuiButton-outlined', type: 'button' }, 'Export PDF'),
        el('button', { className: 'css-btn MuiButton-outlined', type: 'button' }, 'Print'),
        el(
          'button',
          { className: 'css-btn MuiButton-contained', type: 'button', id: 'export' },
          'Export',
        ),
      ),
    );
    const fields = el(
      'div',
      { className: 'css-grid MuiGrid-container', id: 'invoice-fields' },
      field('Invoice Number', options.number),
      field('Customer', CUSTOMERS[0]),
      field('Property', '1200 Harbor Blvd, Building C'),
      field('Job', 'J-88213 Rooftop units'),
      field('Terms', 'Net 30'),
      field('Sync Status', 'Not synced'),
      field('Accounting Reference ID', ''),
    );
    if (options.invoiceDate) {
      fields.append(field('Invoice Date', options.invoiceDate), field('Due Date', options.dueDate));
    }
    const items = lineItems(random, options.lineItems ?? 180);
    const totals = el(
      'div',
      { className: 'css-totals' },
      field('Subtotal', money(items.total)),
      field('Tax', money(items.total * 0.0825)),
      field('Total', money(items.total * 1.0825)),
    );
    main.append(
      header,
      el(
        'section',
        { className: 'css-card MuiPaper-root', 'aria-label': 'Invoice details' },
        fields,
      ),
      el(
        'section',
        { className: 'css-card MuiPaper-root', 'aria-label': 'Line items' },
        items.table,
        totals,
      ),
      el(
        'section',
        { className: 'css-card MuiPaper-root', 'aria-label': 'Activity' },
        activity(random, options.activity ?? 80),
      ),
    );
    return fields;
  }

  /**
   * The dates block as a date picker draws it: a real <label for> and an <input>, so the date
   * can be edited the way a user edits it (value set, then input and change events).
   */
  function invoiceDatesBlock(invoiceDate, dueDate) {
    const block = el('div', { className: 'css-dates MuiGrid-item' });
    for (const [id, label, value] of [
      ['invoice-date', 'Invoice Date', invoiceDate],
      ['due-date', 'Due Date', dueDate],
    ]) {
      block.append(
        el(
          'div',
          { className: 'css-picker MuiFormControl-root' },
          el('label', { className: 'css-label MuiInputLabel-root', for: id }, label),
          el('input', { className: 'css-input MuiInputBase-input', id, type: 'text', value }),
        ),
      );
    }
    return block;
  }

  const LIST_COLUMNS = [
    '',
    'Invoice #',
    'Customer',
    'Property',
    'Invoice Date',
    'Due Date',
    'Amount',
    'Status',
    'Sync Status',
  ];

  /**
   * Invoice `i` of the bench's lists, the same in the table and the grid: dates over 2026
   * (January to March closed or locked in the bench calendar), every third one synced.
   */
  function listInvoice(i) {
    const random = prng(2000 + i);
    const month = 1 + (i % 12);
    const day = 1 + (i % 28);
    const synced = i % 3 === 0;
    return {
      number: `INV-${18000 + i}`,
      cells: [
        `INV-${18000 + i}`,
        CUSTOMERS[i % CUSTOMERS.length],
        `${100 + i} Commerce Way`,
        usDate(2026, month, day),
        usDate(2026, month === 12 ? 12 : month + 1, day),
        money(200 + Math.floor(random() * 20000)),
        i % 5 === 0 ? 'Paid' : 'Open',
        synced ? 'Synced' : 'Not synced',
      ],
      // What the guard should mark (row marks): not synced, dated in a closed or locked period.
      markExpected: !synced && month <= 3,
    };
  }

  function invoiceRow(i) {
    const invoice = listInvoice(i);
    const [number, customer, property, ...rest] = invoice.cells;
    return el(
      'tr',
      { className: 'css-tr MuiTableRow-hover', 'data-bench-invoice': invoice.number },
      el(
        'td',
        { className: 'css-td' },
        el('input', { type: 'checkbox', 'aria-label': `Select invoice ${i}` }),
      ),
      el('td', { className: 'css-td' }, el('a', { href: `#/invoices/${number}` }, number)),
      el('td', { className: 'css-td' }, customer),
      el('td', { className: 'css-td' }, el('span', { className: 'css-ellipsis' }, property)),
      ...rest.map((text, c) =>
        c === 3
          ? el(
              'td',
              { className: 'css-td' },
              el('span', { className: 'css-chip MuiChip-root' }, text),
            )
          : el('td', { className: 'css-td' }, text),
      ),
    );
  }

  /**
   * The invoice list as a <table> of `rows` rows ("show all"), with paging: `nextPage()`
   * replaces the body with the next `rows` invoices, as the app does on "next page".
   */
  function invoiceList(main, rows) {
    const head = el(
      'thead',
      null,
      el(
        'tr',
        null,
        ...LIST_COLUMNS.map((h) => el('th', { className: 'css-th MuiTableCell-head' }, h)),
      ),
    );
    const body = el('tbody');
    let first = 0;
    const render = () => {
      const fragment = document.createDocumentFragment();
      for (let i = first; i < first + rows; i++) fragment.append(invoiceRow(i));
      body.replaceChildren(fragment);
    };
    render();
    main.append(
      el(
        'div',
        { className: 'css-head PageHeader-root' },
        el('h1', { className: 'css-h1 MuiTypography-h5' }, 'Invoices'),
        el('button', { className: 'css-btn MuiButton-outlined', type: 'button' }, 'Export CSV'),
        el('button', { className: 'css-btn MuiButton-contained', type: 'button' }, 'Sync'),
      ),
      el('table', { className: 'css-table MuiTable-root' }, head, body),
    );
    return {
      /** Shows the next page of invoices; the rows are in the DOM when it returns. */
      change() {
        first += rows;
        render();
      },
    };
  }

  const GRID_ROW_PX = 36;
  const GRID_VISIBLE_ROWS = 16;
  const GRID_OVERSCAN = 4;

  /**
   * The invoice list as MUI X DataGrid draws it: an ARIA grid (role=grid, rows with
   * aria-rowindex, gridcells, column headers) over `rows` invoices, virtualised: only the rows
   * in view (and a few more) exist, a fixed pool of row elements whose text is rewritten in
   * place when the grid scrolls, as React does for a keyed pool.
   */
  function invoiceGrid(main, rows) {
    const columns = LIST_COLUMNS.slice(1);
    const header = el(
      'div',
      { className: 'MuiDataGrid-columnHeaders', role: 'rowgroup' },
      el(
        'div',
        { className: 'MuiDataGrid-row--header', role: 'row', 'aria-rowindex': '1' },
        ...columns.map((title, c) =>
          el(
            'div',
            {
              className: 'MuiDataGrid-columnHeader',
              role: 'columnheader',
              'aria-colindex': String(c + 1),
            },
            el('div', { className: 'MuiDataGrid-columnHeaderTitle' }, title),
          ),
        ),
      ),
    );
    const zone = el('div', {
      className: 'MuiDataGrid-virtualScrollerRenderZone',
      role: 'rowgroup',
    });
    const content = el(
      'div',
      {
        className: 'MuiDataGrid-virtualScrollerContent',
        style: `height:${rows * GRID_ROW_PX}px;position:relative`,
      },
      zone,
    );
    const scroller = el(
      'div',
      {
        className: 'MuiDataGrid-virtualScroller',
        style: `height:${GRID_VISIBLE_ROWS * GRID_ROW_PX}px;overflow:auto`,
      },
      content,
    );
    const pool = [];
    for (let r = 0; r < GRID_VISIBLE_ROWS + GRID_OVERSCAN; r++) {
      const cells = columns.map((_, c) =>
        el(
          'div',
          { className: 'MuiDataGrid-cell', role: 'gridcell', 'aria-colindex': String(c + 1) },
          ' ',
        ),
      );
      const row = el(
        'div',
        {
          className: 'MuiDataGrid-row',
          role: 'row',
          style: `height:${GRID_ROW_PX}px;display:flex`,
        },
        ...cells,
      );
      zone.append(row);
      pool.push({ row, texts: cells.map((cell) => cell.firstChild) });
    }
    let first = -1;
    const render = (top) => {
      const next = Math.max(0, Math.min(rows - pool.length, Math.floor(top / GRID_ROW_PX)));
      if (next === first) return;
      first = next;
      zone.style.transform = `translateY(${first * GRID_ROW_PX}px)`;
      pool.forEach(({ row, texts }, r) => {
        const invoice = listInvoice(first + r);
        row.setAttribute('aria-rowindex', String(first + r + 2));
        row.setAttribute('data-id', invoice.number);
        row.setAttribute('data-bench-invoice', invoice.number);
        invoice.cells.forEach((text, c) => {
          texts[c].data = text;
        });
      });
    };
    scroller.addEventListener('scroll', () => render(scroller.scrollTop), { passive: true });
    render(0);
    main.append(
      el(
        'div',
        { className: 'css-head PageHeader-root' },
        el('h1', { className: 'css-h1 MuiTypography-h5' }, 'Invoices'),
      ),
      el(
        'div',
        {
          className: 'MuiDataGrid-root',
          role: 'grid',
          'aria-rowcount': String(rows + 1),
          'aria-colcount': String(columns.length),
        },
        header,
        scroller,
      ),
    );
    return {
      /**
       * Scrolls a screenful down and redraws the pool at once (the scroll event that follows
       * finds nothing to do); the new rows are in the DOM when it returns.
       */
      change() {
        scroller.scrollTop += GRID_VISIBLE_ROWS * GRID_ROW_PX;
        render(scroller.scrollTop);
      },
    };
  }

  /** A home dashboard: figures, a chart's legend, today's jobs. No invoice, no invoice date. */
  function dashboard(main) {
    const random = prng(7);
    const tiles = el('div', { className: 'css-tiles MuiGrid-container' });
    for (const label of ['Open jobs', 'Technicians out', 'Quotes pending', 'Overdue visits']) {
      tiles.append(
        el(
          'div',
          { className: 'css-tile MuiPaper-root' },
          el('p', { className: 'css-caption MuiTypography-caption' }, label),
          el('p', { className: 'css-figure MuiTypography-h4' }, String(Math.floor(random() * 300))),
        ),
      );
    }
    const jobs = el('ul', { className: 'css-jobs' });
    for (let i = 0; i < 120; i++) {
      jobs.append(
        el(
          'li',
          { className: 'css-job' },
          icon('build'),
          el('span', { className: 'css-job-title' }, TASKS[i % TASKS.length]),
          el('span', { className: 'css-job-where' }, CUSTOMERS[i % CUSTOMERS.length]),
          el('span', { className: 'css-job-tech' }, `Tech ${1 + (i % 12)}`),
        ),
      );
    }
    main.append(
      el('h1', { className: 'css-h1 MuiTypography-h5' }, 'Dashboard'),
      tiles,
      el(
        'section',
        { className: 'css-card MuiPaper-root', 'aria-label': 'Today' },
        jobs,
        activity(random, 60),
      ),
    );
  }

  /** The customer list: `rows` rows, no date column, so no invoice to judge. */
  function customerList(main, rows) {
    const head = el(
      'thead',
      null,
      el(
        'tr',
        null,
        ...['Customer', 'Property', 'Phone', 'Open jobs', 'Balance'].map((h) =>
          el('th', { className: 'css-th MuiTableCell-head' }, h),
        ),
      ),
    );
    const body = el('tbody');
    const random = prng(500);
    for (let i = 0; i < rows; i++) {
      body.append(
        el(
          'tr',
          { className: 'css-tr MuiTableRow-hover' },
          el(
            'td',
            { className: 'css-td' },
            `${CUSTOMERS[i % CUSTOMERS.length]} ${1 + Math.floor(i / 8)}`,
          ),
          el('td', { className: 'css-td' }, `${100 + i} Commerce Way`),
          el('td', { className: 'css-td' }, `(555) 01${String(i % 100).padStart(2, '0')}`),
          el('td', { className: 'css-td' }, String(Math.floor(random() * 9))),
          el('td', { className: 'css-td' }, money(Math.floor(random() * 50000))),
        ),
      );
    }
    main.append(
      el('h1', { className: 'css-h1 MuiTypography-h5' }, 'Customers'),
      el('table', { className: 'css-table MuiTable-root' }, head, body),
    );
  }

  /** Resolves after `ms`, as if the invoice had come back from the API. */
  function fetched(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  window.BenchApp = {
    el,
    shell,
    invoiceDetail,
    invoiceDatesBlock,
    invoiceList,
    invoiceGrid,
    listInvoice,
    dashboard,
    customerList,
    fetched,
    usDate,
  };
})();
