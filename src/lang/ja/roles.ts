/**
 * Japanese role nouns by normalised English role. Titles FOLLOW the name
 * ("プーチン大統領", "習近平国家主席", "ラブロフ外相") and the organisation comes
 * before the name with "の" ("ロシアのプーチン大統領") or right before the role
 * ("金正恩朝鮮労働党総書記"). No role phrase contains a gazetteer name.
 */
export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["首都"],
  president: ["大統領", "国家主席"],
  "head of state": ["元首", "国家元首"],
  chairman: ["主席", "委員長"],
  "vice chairman": ["副主席", "副委員長"],
  "president of state affairs": ["国務委員長"],
  "general secretary": ["総書記"],
  "first secretary": ["第1書記", "第一書記"],
  premier: ["首相", "総理", "総理大臣", "内閣総理"],
  "vice premier": ["副首相", "副総理"],
  "vice president": ["副大統領", "国家副主席"],
  "foreign minister": ["外相", "外務大臣", "外務相", "外交部長"],
  "defence minister": ["国防相", "国防大臣", "防衛相", "防衛大臣", "国防部長"],
  minister: ["大臣"],
  spokesperson: ["報道官", "報道局長", "報道担当"],
  ambassador: ["大使"],
  leader: ["指導者", "最高指導者", "首脳"],
  "chief of the general staff": ["参謀総長", "総参謀長"],
  "secretary-general": ["事務総長"],
  "secretary of the security council": ["安全保障会議書記"],
  "chief cabinet secretary": ["官房長官"],
  speaker: ["議長"],
  aide: ["補佐官"],
  "former president": ["前大統領", "元大統領"],
  // Not a person's office: listed so that "ロシア大統領府" is not read as "ロシア大統領" (Putin).
  "presidential administration": ["大統領府", "大統領選挙", "大統領選"],
};
