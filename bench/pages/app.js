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

  function invoiceList(main, rows) {
    const random = prng(2000);
    const head = el(
      'thead',
      null,
      el(
        'tr',
        null,
        ...[
          '',
          'Invoice #',
          'Customer',
          'Property',
          'Invoice Date',
          'Due Date',
          'Amount',
          'Status',
          'Sync Status',
        ].map((h) => el('th', { className: 'css-th MuiTableCell-head' }, h)),
      ),
    );
    const body = el('tbody');
    for (let i = 0; i < rows; i++) {
      const month = 1 + (i % 12);
      const day = 1 + (i % 28);
      body.append(
        el(
          'tr',
          { className: 'css-tr MuiTableRow-hover' },
          el(
            'td',
            { className: 'css-td' },
            el('input', { type: 'checkbox', 'aria-label': `Select invoice ${i}` }),
          ),
          el(
            'td',
            { className: 'css-td' },
            el('a', { href: `#/invoices/INV-${18000 + i}` }, `INV-${18000 + i}`),
          ),
          el('td', { className: 'css-td' }, CUSTOMERS[i % CUSTOMERS.length]),
          el(
            'td',
            { className: 'css-td' },
            el('span', { className: 'css-ellipsis' }, `${100 + i} Commerce Way`),
          ),
          el('td', { className: 'css-td' }, usDate(2026, month, day)),
          el('td', { className: 'css-td' }, usDate(2026, month === 12 ? 12 : month + 1, day)),
          el('td', { className: 'css-td' }, money(200 + Math.floor(random() * 20000))),
          el(
            'td',
            { className: 'css-td' },
            el('span', { className: 'css-chip MuiChip-root' }, i % 5 === 0 ? 'Paid' : 'Open'),
          ),
          el('td', { className: 'css-td' }, i % 3 === 0 ? 'Synced' : 'Not synced'),
        ),
      );
    }
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
  }

  /** Resolves after `ms`, as if the invoice had come back from the API. */
  function fetched(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  window.BenchApp = { el, shell, invoiceDetail, invoiceDatesBlock, invoiceList, fetched, usDate };
})();
