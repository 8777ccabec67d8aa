import type { Finding, Report } from "../../src/types.js";

/**
 * A small report with every status, a reference value, a baseline mark and text that must be
 * escaped in every format (HTML tags, quotes, %, commas, colons, pipes, newlines, Markdown).
 */
export function sampleReport(): Report {
  const findings: Finding[] = [
    {
      id: "date-aaaaaaaaaaaa",
      status: "conflict",
      kind: "date",
      subject: "meeting of <b>Alpha</b> & Beta",
      key: "date|meet|alpha,beta",
      explanation: "2 sources say Wednesday 3 July 2024; 1 says Thursday 4 July 2024",
      values: [
        {
          value: "2024-07-03",
          display: "Wednesday 3 July 2024",
          sources: [
            { source: "a.txt", line: 3, column: 5, quote: 'They met on Wednesday, "3 July" <script>alert(1)</script>' },
            { source: "b.md", line: 7, quote: "The meeting, on 3 July: 100% sure\nsecond line" },
          ],
        },
        {
          value: "2024-07-04",
          display: "Thursday 4 July 2024",
          sources: [{ source: "c d.html", line: 12, quote: "Thursday's meeting | it was *big* [news]" }],
        },
      ],
      likely: { value: "2024-07-03", confidence: 0.67, why: "2 of 3 sources" },
      baseline: "new",
    },
    {
      id: "number-bbbbbbbbbbbb",
      status: "conflict",
      kind: "number",
      subject: "attendance",
      key: "number|attendance",
      explanation: "2 sources say 61,500; the reference says 65,100",
      values: [
        {
          value: "61500",
          display: "61,500",
          sources: [
            { source: "a.txt", line: 9, quote: "A crowd of 61,500 watched." },
            { source: "b.md", line: 2, quote: "Attendance: 61 500" },
          ],
        },
        {
          value: "65100",
          display: "65,100",
          reference: true,
          sources: [{ source: "facts.reference.json", line: 4, quote: '"attendance": 65100' }],
        },
      ],
      tolerance: "±0",
      baseline: "known",
    },
    {
      id: "name-cccccccccccc",
      status: "agreement",
      kind: "name",
      subject: "referee",
      key: "name|referee",
      explanation: "3 sources say Tobias Weber",
      values: [
        {
          value: "tobias weber",
          display: "Tobias Weber",
          sources: [
            { source: "a.txt", line: 20, quote: "referee Tobias Weber" },
            { source: "b.md", line: 21, quote: "Referee: Tobias Weber" },
            { source: "c d.html", line: 22, quote: "the referee, Tobias Weber" },
          ],
        },
      ],
    },
    {
      id: "quote-dddddddddddd",
      status: "variant",
      kind: "quote",
      subject: "quote by Sandvik",
      key: "quote|sandvik",
      explanation: "2 versions of one quote",
      values: [
        { value: "we won", display: "“we won”", sources: [{ source: "a.txt", line: 30, quote: '"We won," he said.' }] },
        { value: "we have won", display: "“we have won”", sources: [{ source: "b.md", line: 31, quote: '"We have won," he said.' }] },
      ],
      diff: "+have",
    },
  ];
  return {
    schemaVersion: 1,
    tool: { name: "scoverify", version: "9.9.9" },
    sources: [
      { id: "a.txt", path: "corpus/a.txt", published: "2024-07-04", warnings: [] },
      { id: "b.md", path: "corpus/b.md", published: null, warnings: [{ code: "encoding-mojibake", message: "repaired <Ã¼>", line: 3 }] },
      { id: "c d.html", path: "corpus/c d.html", published: null, warnings: [] },
    ],
    findings,
    summary: { sources: 3, claims: 12, conflicts: 2, agreements: 1, variants: 1, counted: 1 },
    gone: [{ id: "place-eeeeeeeeeeee", summary: "place: venue: 2 sources say X; 1 says Y" }],
  };
}
