/**
 * The bundled gazetteer: the reviewable data files of src/data/gazetteer,
 * one file per entity type, each sorted by id.
 */
import type { GazetteerEntry } from "../schema/gazetteer.js";
import country from "../data/gazetteer/country.json";
import event from "../data/gazetteer/event.json";
import organization from "../data/gazetteer/organization.json";
import party from "../data/gazetteer/party.json";
import person from "../data/gazetteer/person.json";
import place from "../data/gazetteer/place.json";
import policy from "../data/gazetteer/policy.json";

/** Every entry of the bundled gazetteer (validated by the test suite). */
export const defaultGazetteer: readonly GazetteerEntry[] = Object.freeze([
  ...(person as unknown as GazetteerEntry[]),
  ...(party as unknown as GazetteerEntry[]),
  ...(organization as unknown as GazetteerEntry[]),
  ...(country as unknown as GazetteerEntry[]),
  ...(place as unknown as GazetteerEntry[]),
  ...(event as unknown as GazetteerEntry[]),
  ...(policy as unknown as GazetteerEntry[]),
]);
