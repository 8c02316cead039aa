/**
 * Chinese role nouns by normalised English role. Titles stand before the name
 * ("国家主席习近平", "朝鲜内阁总理朴泰成") or after it ("习近平总书记", "金正恩委员长").
 * No role phrase contains a gazetteer name: "国务院总理" is the organisation
 * "国务院" and the role "总理"; "中共中央总书记" is "中共中央" and "总书记".
 */
export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["首都"],
  president: ["国家主席", "总统"],
  "head of state": ["元首", "国家元首"],
  chairman: ["主席", "委员长", "党主席"],
  "vice chairman": ["副主席", "副委员长"],
  "president of state affairs": ["国务委员长", "国务委员会委员长"],
  "general secretary": ["总书记"],
  "first secretary": ["第一书记"],
  secretary: ["书记", "秘书"],
  premier: ["总理", "首相", "内阁总理"],
  "vice premier": ["副总理"],
  "vice president": ["国家副主席", "副总统"],
  "foreign minister": ["外长", "外交部长", "外相", "外务相"],
  "defence minister": ["国防部长", "防长", "国防相"],
  minister: ["部长"],
  spokesperson: ["发言人", "新闻发言人"],
  ambassador: ["大使"],
  leader: ["领导人", "最高领导人", "领袖", "最高领袖"],
  "politburo standing committee member": ["常委", "政治局常委"],
  "secretary-general": ["秘书长"],
  "chief of the general staff": ["总参谋长"],
  speaker: ["议长"],
  aide: ["助理"],
  "former president": ["前总统"],
};
