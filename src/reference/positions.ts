// A strict JSON scanner that remembers the line each value starts on, by JSON path
// ("people[2].offices[0]"), and says where the first syntax error is (JSON.parse does not, in Node 20).

export interface JsonPositions {
  lines: Map<string, number>;
}

export interface JsonSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

class Scanner {
  private pos = 0;
  readonly lines = new Map<string, number>();

  constructor(private readonly text: string) {}

  scan(): void {
    this.skipSpace();
    this.value("");
    this.skipSpace();
    if (this.pos < this.text.length) this.fail("unexpected text after the end of the JSON value");
  }

  lineColumnAt(pos: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < pos && i < this.text.length; i++) {
      if (this.text[i] === "\n") {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: pos - lineStart + 1 };
  }

  private fail(message: string): never {
    throw new ScanError(this.pos, message);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && " \t\r\n\uFEFF".includes(this.text[this.pos]!)) this.pos++;
  }

  private value(path: string): void {
    this.lines.set(path, this.lineColumnAt(this.pos).line);
    const ch = this.text[this.pos];
    if (ch === "{") return this.object(path);
    if (ch === "[") return this.array(path);
    if (ch === '"') return void this.string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.pos));
    if (!literal) this.fail(ch === undefined ? "unexpected end of file" : `unexpected ${JSON.stringify(ch)}`);
    this.pos += literal[0].length;
  }

  private string(): string {
    const m = /^"((?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*)"/.exec(this.text.slice(this.pos));
    if (!m) this.fail("bad string (unterminated, or a raw control character or bad escape inside)");
    this.pos += m[0].length;
    return JSON.parse(m[0]) as string;
  }

  private object(path: string): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail("expected a quoted field name");
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ":") this.fail(`expected ":" after "${key}"`);
      this.pos++;
      this.skipSpace();
      this.value(path ? `${path}.${key}` : key);
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ",") {
        this.pos++;
        continue;
      }
      if (next === "}") {
        this.pos++;
        return;
      }
      this.fail('expected "," or "}"');
    }
  }

  private array(path: string): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return;
    }
    for (let i = 0; ; i++) {
      this.skipSpace();
      this.value(`${path}[${i}]`);
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ",") {
        this.pos++;
        continue;
      }
      if (next === "]") {
        this.pos++;
        return;
      }
      this.fail('expected "," or "]"');
    }
  }
}

class ScanError extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/** Line of every value by path, or the first syntax problem. */
export function scanJson(text: string): { ok: true; positions: JsonPositions } | { ok: false; problem: JsonSyntaxProblem } {
  const scanner = new Scanner(text);
  try {
    scanner.scan();
    return { ok: true, positions: { lines: scanner.lines } };
  } catch (e) {
    if (e instanceof ScanError) {
      const { line, column } = scanner.lineColumnAt(e.at);
      return { ok: false, problem: { line, column, message: e.message } };
    }
    throw e;
  }
}
