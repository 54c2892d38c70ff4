/**
 * The five SERVQUAL dimensions (Parasuraman, Zeithaml & Berry 1988), in the instrument's order.
 *
 * @example
 * ```ts
 * import type { ServqualDimension } from "clientele/satisfaction";
 * const d: ServqualDimension = "reliability";
 * ```
 * @category Service quality
 */
export type ServqualDimension = "tangibles" | "reliability" | "responsiveness" | "assurance" | "empathy";

/**
 * The five SERVQUAL dimensions in the instrument's order, with the 1988 definitions in brief.
 *
 * @example
 * ```ts
 * import { servqualDimensions } from "clientele/satisfaction";
 * servqualDimensions.map((d) => d.dimension).join(", "); // => "tangibles, reliability, responsiveness, assurance, empathy"
 * ```
 * @category Service quality
 */
export const servqualDimensions: readonly {
  /** The dimension's key. */
  readonly dimension: ServqualDimension;
  /** What it covers (paraphrased). */
  readonly definition: string;
  /** Its items, by number (1–22). */
  readonly items: readonly number[];
}[] = [
  {
    dimension: "tangibles",
    definition: "physical facilities, equipment and appearance of personnel",
    items: [1, 2, 3, 4],
  },
  {
    dimension: "reliability",
    definition: "ability to perform the promised service dependably and accurately",
    items: [5, 6, 7, 8, 9],
  },
  {
    dimension: "responsiveness",
    definition: "willingness to help customers and provide prompt service",
    items: [10, 11, 12, 13],
  },
  {
    dimension: "assurance",
    definition: "knowledge and courtesy of employees and their ability to inspire trust and confidence",
    items: [14, 15, 16, 17],
  },
  {
    dimension: "empathy",
    definition: "caring, individualised attention the firm provides its customers",
    items: [18, 19, 20, 21, 22],
  },
];

/**
 * One SERVQUAL item: its number (1–22, the order of the 1988 instrument), its dimension and a short label.
 *
 * @example
 * ```ts
 * import type { ServqualItem } from "clientele/satisfaction";
 * const item: ServqualItem = { item: 5, dimension: "reliability", label: "keeps promises to do something by a certain time" };
 * ```
 * @category Service quality
 */
export interface ServqualItem {
  /** Item number, 1–22. */
  readonly item: number;
  /** The dimension it measures. */
  readonly dimension: ServqualDimension;
  /** A short paraphrase of the item's content, not the published wording. */
  readonly label: string;
}

/**
 * The 22 SERVQUAL items (Parasuraman, Zeithaml & Berry 1988, Journal of Retailing 64(1)) as data: number,
 * dimension (tangibles 1–4, reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22) and a
 * short label.
 *
 * @remarks
 * The labels are **paraphrases** of what each item asks about, written for this library; they are not
 * the published statement wording, which could not be verified here. Use the published instrument (and
 * its 1991 revision, which rewrote the negatively worded items) for the questionnaire itself, and these
 * numbers to map its answers. Each item is asked twice: an expectation (of excellent firms in the
 * category) and a perception (of the firm rated), on a 7-point scale.
 *
 * @example
 * ```ts
 * import { servqualItems } from "clientele/satisfaction";
 * servqualItems.length; // => 22
 * servqualItems.filter((i) => i.dimension === "empathy").map((i) => i.item); // => [18, 19, 20, 21, 22]
 * ```
 * @category Service quality
 */
export const servqualItems: readonly ServqualItem[] = [
  { item: 1, dimension: "tangibles", label: "up-to-date equipment" },
  { item: 2, dimension: "tangibles", label: "visually appealing physical facilities" },
  { item: 3, dimension: "tangibles", label: "well-dressed, neat employees" },
  { item: 4, dimension: "tangibles", label: "facilities in keeping with the type of service" },
  { item: 5, dimension: "reliability", label: "keeps promises to do something by a certain time" },
  { item: 6, dimension: "reliability", label: "sympathetic and reassuring when customers have problems" },
  { item: 7, dimension: "reliability", label: "dependable" },
  { item: 8, dimension: "reliability", label: "provides services at the time promised" },
  { item: 9, dimension: "reliability", label: "keeps accurate records" },
  { item: 10, dimension: "responsiveness", label: "tells customers when services will be performed" },
  { item: 11, dimension: "responsiveness", label: "prompt service from employees" },
  { item: 12, dimension: "responsiveness", label: "employees always willing to help" },
  { item: 13, dimension: "responsiveness", label: "employees never too busy to respond promptly" },
  { item: 14, dimension: "assurance", label: "employees can be trusted" },
  { item: 15, dimension: "assurance", label: "customers feel safe in their transactions" },
  { item: 16, dimension: "assurance", label: "polite employees" },
  { item: 17, dimension: "assurance", label: "employees have the support to do their jobs well" },
  { item: 18, dimension: "empathy", label: "individual attention" },
  { item: 19, dimension: "empathy", label: "personal attention from employees" },
  { item: 20, dimension: "empathy", label: "employees know customers' needs" },
  { item: 21, dimension: "empathy", label: "customers' best interests at heart" },
  { item: 22, dimension: "empathy", label: "operating hours convenient to all customers" },
];
