// Must NOT compile: `ownr` is not a field of a cell. tests/schema/check.sh expects tsc to reject this file.
import type { MatrixExport } from "./matrix";

declare const exported: MatrixExport;

export const wrong = exported.cells[0].ownr;
