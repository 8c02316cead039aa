/**
 * English role nouns by normalised English role. A role never contains an
 * organisation's or a country's name ("President of State Affairs" is an
 * office; "Chairman of the WPK" is the role "chairman" + the party).
 */
/** "China's fourth-ranking leader", "the third-ranking member of the Politburo Standing Committee". */
const rankedRoles: Record<string, string[]> = Object.fromEntries(
  ["second", "third", "fourth", "fifth", "sixth", "seventh"].flatMap((rank, i) => [
    [`${rank}-ranking leader`, [`${rank}-ranking leader`, `${rank}-ranked leader`, `${rank}-highest-ranking leader`, `No. ${i + 2} leader`]],
    [`${rank}-ranking member`, [`${rank}-ranking member`, `${rank}-ranked member`, `${rank}-highest-ranking member`]],
    [`${rank}-ranking official`, [`${rank}-ranking official`, `${rank}-highest-ranking official`]],
  ]),
);

export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["capital"],
  leader: ["leader", "supreme leader", "top leader", "paramount leader", "strongman"],
  ...rankedRoles,
  president: ["president"],
  "head of state": ["head of state"],
  premier: ["premier", "prime minister", "head of government"],
  "general secretary": ["general secretary", "party chief", "party leader"],
  "secretary-general": ["secretary-general", "secretary general"],
  "first secretary": ["first secretary"],
  secretary: ["secretary"],
  "foreign minister": ["foreign minister", "minister of foreign affairs", "foreign affairs minister", "top diplomat"],
  "defence minister": ["defence minister", "defense minister", "minister of defence", "minister of defense", "minister of national defence", "minister of national defense"],
  "minister of natural resources and ecology": ["minister of natural resources and ecology", "natural resources minister"],
  minister: ["minister"],
  "president of state affairs": ["President of State Affairs"],
  chairman: ["chairman", "chairwoman", "chairperson", "chair"],
  "vice chairman": ["vice chairman", "vice-chairman", "deputy chairman"],
  "first vice chairman": ["first vice chairman", "first vice-chairman"],
  head: ["head", "chief"],
  director: ["director"],
  "vice president": ["vice president", "vice-president"],
  "vice premier": ["vice premier", "vice-premier", "deputy premier"],
  "first deputy prime minister": ["first deputy prime minister"],
  "deputy prime minister": ["deputy prime minister"],
  spokesperson: ["spokesperson", "spokesman", "spokeswoman"],
  ambassador: ["ambassador"],
  aide: ["aide", "presidential aide", "Kremlin aide", "aide to the president", "adviser", "advisor"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["counterpart"],
  "alternate member": ["alternate member"],
  member: ["member"],
  "top legislator": ["top legislator"],
};
