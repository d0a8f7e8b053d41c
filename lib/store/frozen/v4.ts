/**
 * Records as schema version 4 stores them. FROZEN once released: never edit this file (see v1.ts for why).
 * v4 adds only the pageFormats store; every other record is as in v3.
 */

/** A redacted shape: a type name, an object of shapes, or a one-item array of the items' shape. */
export type ShapeNodeV4 = string | ShapeNodeV4[] | { [key: string]: ShapeNodeV4 };

/** One answer format Mitate could not read (lib/seller-center/format-report.ts), keyed by endpoint + shape hash. */
export interface PageFormatV4 {
  id: string;
  endpoint: string;
  path: string;
  reason: string;
  firstSeen: number;
  lastSeen: number;
  count: number;
  shape: ShapeNodeV4;
}
