import type { Formatter } from "./formatter.js";

/** The versioned JSON document (schema/report.schema.json): every finding, whatever the detail level. */
export const formatJson: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
