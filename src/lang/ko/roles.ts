/**
 * Korean role nouns by normalised English role. Titles FOLLOW the name in
 * Korean ("김정은 북한 국무위원장", "푸틴 러시아 대통령과"), and a title before a
 * name ends with the copula "-인" ("노동당 총비서인 김 위원장"), which is listed
 * with each noun because "-인" is not a particle of names (see inflection.ts).
 * No role phrase contains a gazetteer name: "중국 외교부 대변인" is the
 * organisation "중국 외교부" and the role "대변인".
 */

/** Each noun and its adnominal copula form ("위원장" → "위원장인"). */
function withCopula(nouns: string[]): string[] {
  return nouns.flatMap((n) => [n, n + "인"]);
}

export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["수도"],
  president: withCopula(["대통령", "국가주석", "주석"]),
  "head of state": withCopula(["국가원수"]),
  "president of state affairs": withCopula(["국무위원장", "국무위원회 위원장"]),
  "general secretary": withCopula(["총비서", "총서기"]),
  "first secretary": withCopula(["제1비서"]),
  chairman: withCopula(["위원장", "의장"]),
  "vice chairman": withCopula(["부위원장", "부의장"]),
  "chairman of the npc standing committee": withCopula(["상무위원장"]),
  premier: withCopula(["총리", "내각총리"]),
  "vice premier": withCopula(["부총리"]),
  "vice president": withCopula(["부주석", "국가부주석", "부통령"]),
  "foreign minister": withCopula(["외무상", "외무장관", "외교장관", "외교부 장관", "외교부장관", "외교부장", "외무부 장관"]),
  "defence minister": withCopula(["국방상", "국방장관", "국방부 장관", "국방부장관", "국방부장"]),
  minister: withCopula(["장관"]),
  spokesperson: withCopula(["대변인"]),
  ambassador: withCopula(["대사"]),
  leader: withCopula(["지도자", "최고지도자", "최고 지도자", "영도자"]),
  "national security adviser": withCopula(["국가안보실장", "안보실장"]),
  head: withCopula(["실장"]),
  director: withCopula(["부장"]),
  "secretary-general": withCopula(["사무총장"]),
  secretary: withCopula(["비서", "서기"]),
  "chairman of the national defence commission": withCopula(["국방위원장"]),
  "chief of the general staff": withCopula(["총참모장", "참모총장"]),
  "chairman of the joint chiefs of staff": withCopula(["합참의장"]),
  speaker: withCopula(["국회의장", "하원의장"]),
  aide: withCopula(["보좌관"]),
  "former president": withCopula(["전 대통령", "전직 대통령"]),
};
