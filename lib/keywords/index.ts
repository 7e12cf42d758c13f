// The catalog's keyword extractor, built once on first use (building the automaton takes tens of ms).
import { catalog } from "../catalog";
import { buildExtractor, type Extractor } from "./extractor";

export { buildExtractor } from "./extractor";
export type { Extractor, FoundSkill, SkillMatch } from "./extractor";

let shared: Extractor | undefined;

export function getExtractor(): Extractor {
  shared ??= buildExtractor(catalog.skills);
  return shared;
}
