// A typed read of the matrix export through the types json-schema-to-typescript generates from
// schema/matrix.schema.json. tests/schema/check.sh compiles it with `tsc --strict`.
import type { CellRecord, Duty, MatrixExport, Owner } from "./matrix";

declare const exported: MatrixExport;

const cells: CellRecord[] = exported.cells;
export const owners: (Owner | null | undefined)[] = cells.map((c) => c.owner);
export const reasons: string[] = cells
  .flatMap((c) => c.duties)
  // A customer's text may be in one language only: `en` and `ja` are each optional, one of them present.
  .map((d: Duty) => (d.basis.kind === "inferred" ? d.basis.reason.en ?? d.basis.reason.ja ?? "" : `stated, sentence ${d.sentence}`));
export const storage = cells.filter((c) => c.service === "object-storage" && c.section === "6.5.1");
export const version: string = exported.dataset.version;
