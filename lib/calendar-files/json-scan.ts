/** What a scan of JSON text found. */
export type JsonScan =
  | { verdict: 'valid'; values: number }
  /** `offset`: the first character that cannot continue the text, or its length if it ends early. */
  | { verdict: 'invalid'; offset: number }
  /** More than the `maxValues` asked for; scanning stopped there. */
  | { verdict: 'too-many-values' };

/**
 * Checks that `text` is one JSON value (RFC 8259) and counts its values without building them,
 * for two jobs `JSON.parse` cannot do: give the error offset V8 omits for the commonest
 * mistakes, and refuse a file with more values than any calendar before a slow parse. Nesting
 * lives on an explicit stack, so deep brackets cannot overflow the call stack.
 */
export function scanJson(text: string, maxValues = Number.POSITIVE_INFINITY): JsonScan {
  const scanner = new Scanner(text, maxValues);
  const outcome = scanner.scan();
  if (outcome === 'valid') return { verdict: 'valid', values: scanner.values };
  if (outcome === 'too-many-values') return { verdict: 'too-many-values' };
  return { verdict: 'invalid', offset: scanner.at };
}

/** Where `text` stops being valid JSON (see {@link scanJson}), or `undefined` when it is valid. */
export function jsonErrorOffset(text: string): number | undefined {
  const scan = scanJson(text);
  return scan.verdict === 'invalid' ? scan.offset : undefined;
}

/** What may come next at the scanner's position. */
type Next =
  | 'value'
  | 'value-or-close'
  | 'key'
  | 'key-or-close'
  | 'colon'
  | 'comma-or-close'
  | 'end';

class Scanner {
  at = 0;
  values = 0;
  private readonly containers: Array<'[' | '{'> = [];

  constructor(
    private readonly text: string,
    private readonly maxValues: number,
  ) {}

  /** `invalid` leaves `at` at the error's offset. */
  scan(): 'valid' | 'invalid' | 'too-many-values' {
    const { text } = this;
    let next: Next = 'value';
    for (;;) {
      this.skipWhitespace();
      if (this.at >= text.length) return next === 'end' ? 'valid' : 'invalid';
      const c = text[this.at];
      switch (next) {
        case 'end':
          return 'invalid';
        case 'colon':
          if (c !== ':') return 'invalid';
          this.at++;
          next = 'value';
          break;
        case 'comma-or-close': {
          const open = this.containers[this.containers.length - 1];
          if (c === ',') {
            this.at++;
            next = open === '{' ? 'key' : 'value';
          } else if ((c === ']' && open === '[') || (c === '}' && open === '{')) {
            next = this.close();
          } else return 'invalid';
          break;
        }
        case 'key-or-close':
        case 'key':
          if (c === '}' && next === 'key-or-close') next = this.close();
          else if (c === '"' && this.string()) next = 'colon';
          else return 'invalid';
          break;
        case 'value-or-close':
        case 'value':
          if (c === ']' && next === 'value-or-close') {
            next = this.close();
            break;
          }
          if (++this.values > this.maxValues) return 'too-many-values';
          if (c === '[' || c === '{') {
            this.containers.push(c);
            this.at++;
            next = c === '[' ? 'value-or-close' : 'key-or-close';
          } else if (this.scalar(c)) next = this.afterValue();
          else return 'invalid';
          break;
      }
    }
  }

  private afterValue(): Next {
    return this.containers.length > 0 ? 'comma-or-close' : 'end';
  }

  private close(): Next {
    this.containers.pop();
    this.at++;
    return this.afterValue();
  }

  private skipWhitespace(): void {
    const { text } = this;
    for (; this.at < text.length; this.at++) {
      const code = text.charCodeAt(this.at);
      if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return;
    }
  }

  private scalar(c: string | undefined): boolean {
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (c === word[0]) return this.word(word);
    }
    return false;
  }

  private word(word: string): boolean {
    for (const letter of word) {
      if (this.text[this.at] !== letter) return false;
      this.at++;
    }
    return true;
  }

  private string(): boolean {
    const { text } = this;
    this.at++; // the opening quote
    while (this.at < text.length) {
      const code = text.charCodeAt(this.at);
      if (code === 0x22) {
        this.at++;
        return true;
      }
      if (code < 0x20) return false;
      if (code === 0x5c && !this.escape()) return false;
      if (code !== 0x5c) this.at++;
    }
    return false;
  }

  /** At a backslash: moves past a valid escape, or stops at the character that breaks it. */
  private escape(): boolean {
    const { text } = this;
    this.at++;
    const c = text[this.at];
    if (c !== undefined && '"\\/bfnrt'.includes(c)) {
      this.at++;
      return true;
    }
    if (c !== 'u') return false;
    this.at++;
    for (let digit = 0; digit < 4; digit++, this.at++) {
      if (!/[0-9a-fA-F]/.test(text[this.at] ?? '')) return false;
    }
    return true;
  }

  private number(): boolean {
    if (this.text[this.at] === '-') this.at++;
    if (this.text[this.at] === '0') this.at++;
    else if (!this.digits()) return false;
    if (this.text[this.at] === '.') {
      this.at++;
      if (!this.digits()) return false;
    }
    if (this.text[this.at] === 'e' || this.text[this.at] === 'E') {
      this.at++;
      if (this.text[this.at] === '+' || this.text[this.at] === '-') this.at++;
      if (!this.digits()) return false;
    }
    return true;
  }

  /** Moves past one or more digits; false when there is none. */
  private digits(): boolean {
    const start = this.at;
    while (this.at < this.text.length) {
      const code = this.text.charCodeAt(this.at);
      if (code < 0x30 || code > 0x39) break;
      this.at++;
    }
    return this.at > start;
  }
}
