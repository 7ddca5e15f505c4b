import { createRelevanceFilter } from '../../../lib/page/mutation-relevance';

/** Records what a MutationObserver delivers for `change`, synchronously via takeRecords. */
function recordsOf(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['value'],
  });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('createRelevanceFilter', () => {
  let date: HTMLElement;
  let clock: HTMLElement;
  let filter: ReturnType<typeof createRelevanceFilter>;

  beforeEach(() => {
    document.body.innerHTML = `
      <div id="field"><span>Invoice Date</span><span id="date">09/15/2026</span></div>
      <div id="clock">12:00:00</div>
      <div id="feed"></div>`;
    date = document.getElementById('date') as HTMLElement;
    clock = document.getElementById('clock') as HTMLElement;
    filter = createRelevanceFilter({
      watched: () => [date],
      labelWords: () => ['invoice', 'date', 'issue'],
      isOwnNode: (node) => node instanceof Element && node.localName === 'period-guard-ui',
    });
  });

  it('ignores a ticking clock elsewhere on the page', () => {
    expect(filter(recordsOf(() => (clock.textContent = '12:00:01')))).toBe(false);
    expect(filter(recordsOf(() => ((clock.firstChild as Text).data = '12:00:02')))).toBe(false);
  });

  it('wakes up for a change inside a value we read', () => {
    expect(filter(recordsOf(() => (date.textContent = '10/01/2026')))).toBe(true);
  });

  it('wakes up when new content brings a label or a date', () => {
    const feed = document.getElementById('feed') as HTMLElement;
    expect(filter(recordsOf(() => feed.append('Issue Date:')))).toBe(true);
    expect(filter(recordsOf(() => feed.append('Sep 15, 2026')))).toBe(true);
    expect(filter(recordsOf(() => feed.append('3 new messages')))).toBe(false);
  });

  it('looks at the first 20,000 characters of new content, past its first lines', () => {
    const feed = document.getElementById('feed') as HTMLElement;
    const screenWith = (filler: number) => {
      const section = document.createElement('section');
      for (let i = 0; i < filler / 10; i++)
        section.append(Object.assign(document.createElement('p'), { textContent: 'lorem ipsu' }));
      section.append(Object.assign(document.createElement('p'), { textContent: '09/15/2026' }));
      return section;
    };
    expect(filter(recordsOf(() => feed.append(screenWith(5_000))))).toBe(true);
    expect(filter(recordsOf(() => feed.replaceChildren(screenWith(25_000))))).toBe(false);
  });

  it('wakes up when what we read is removed (in-app navigation)', () => {
    expect(filter(recordsOf(() => document.getElementById('field')?.remove()))).toBe(true);
  });

  it('wakes up for a control value attribute', () => {
    const input = document.createElement('input');
    document.body.append(input);
    expect(filter(recordsOf(() => input.setAttribute('value', 'x')))).toBe(true);
  });

  it('wakes up when a form control is added, on its own or inside new content', () => {
    const field = document.getElementById('field') as HTMLElement;
    // A date picker re-rendered as a fresh <input> in the field it already had.
    expect(filter(recordsOf(() => field.append(document.createElement('input'))))).toBe(true);
    const wrapper = document.createElement('div');
    wrapper.append(document.createElement('select'));
    expect(filter(recordsOf(() => field.append(wrapper)))).toBe(true);
    expect(filter(recordsOf(() => field.append(document.createElement('span'))))).toBe(false);
  });

  it('ignores our own overlay', () => {
    expect(
      filter(recordsOf(() => document.body.append(document.createElement('period-guard-ui')))),
    ).toBe(false);
  });
});
