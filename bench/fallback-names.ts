/**
 * A stand-in name list for the custom-entity peers while dist/ is not built and the
 * default gazetteer cannot be imported. Base forms of the seed entities in the seed
 * languages (docs/entity-ids.md); the report says when this list was used, because
 * figures made with it are not comparable with figures made with the real gazetteer.
 */
import type { BenchName } from "./names.js";

const ENTITIES: { id: string; type: string; names: string[] }[] = [
  { id: "xi-jinping", type: "person", names: ["Xi Jinping", "Xi", "Си Дзинпин", "Си Цзиньпин", "Си", "习近平", "시진핑"] },
  { id: "kim-jong-un", type: "person", names: ["Kim Jong Un", "Kim Jong-un", "Kim Dzong Un", "Ким Чен Ун", "김정은", "金正恩", "Kim"] },
  { id: "vladimir-putin", type: "person", names: ["Vladimir Putin", "Władimir Putin", "Wladimir Putin", "Владимир Путин", "Путин", "Putin", "普京", "푸틴"] },
  { id: "li-qiang", type: "person", names: ["Li Qiang", "Ли Цян", "李强", "리창"] },
  { id: "pak-thae-song", type: "person", names: ["Pak Thae Song", "Pak Thae-song", "Пак Тхэ Сон", "박태성"] },
  { id: "wang-huning", type: "person", names: ["Wang Huning", "Ван Хунин", "王沪宁"] },
  { id: "cai-qi", type: "person", names: ["Cai Qi", "Цай Ци", "蔡奇"] },
  { id: "kim-song-nam", type: "person", names: ["Kim Song Nam", "Ким Сон Нам", "김성남"] },
  { id: "sergey-lavrov", type: "person", names: ["Sergey Lavrov", "Siergiej Ławrow", "Сергей Лавров", "Lavrov"] },
  { id: "communist-party-of-china", type: "party", names: ["Communist Party of China", "Chinese Communist Party", "Komunistyczna Partia Chin", "Комунистическата партия на Китай", "Коммунистическая партия Китая", "Partito Comunista Cinese", "Kommunistische Partei Chinas", "中国共产党", "CPC", "CCP", "KPCh", "ККП", "КПК"] },
  { id: "workers-party-of-korea", type: "party", names: ["Workers' Party of Korea", "Partia Pracy Korei", "Корейската работническа партия", "Трудовая партия Кореи", "Partito del Lavoro di Corea", "Partei der Arbeit Koreas", "Arbeiterpartei", "조선로동당", "WPK", "ТПК"] },
  { id: "korean-central-news-agency", type: "organization", names: ["Korean Central News Agency", "Centralna Koreańska Agencja Prasowa", "Централна телеграфна агенция на Корея", "ЦТАК", "KCNA", "조선중앙통신"] },
  { id: "yonhap-news-agency", type: "organization", names: ["Yonhap", "Йонхап", "연합뉴스"] },
  { id: "reuters", type: "organization", names: ["Reuters", "Ройтерс", "Рейтер"] },
  { id: "united-nations", type: "organization", names: ["United Nations", "Organizacja Narodów Zjednoczonych", "ООН", "UN", "ONZ", "ONU", "Vereinte Nationen"] },
  { id: "china", type: "country", names: ["China", "Chiny", "Китай", "Cina", "People's Republic of China", "PRC", "ChRL", "КНР", "中国", "중국"] },
  { id: "north-korea", type: "country", names: ["North Korea", "Korea Północna", "Северна Корея", "Северная Корея", "Corea del Nord", "Nordkorea", "Democratic People's Republic of Korea", "Корейската народно-демократична република", "Repubblica Popolare Democratica di Corea", "DPRK", "КНДР", "RPDC", "KRLD", "DVRK", "북한", "조선"] },
  { id: "south-korea", type: "country", names: ["South Korea", "Korea Południowa", "Южна Корея", "Южная Корея", "Corea del Sud", "Südkorea", "한국"] },
  { id: "russia", type: "country", names: ["Russia", "Rosja", "Русия", "Россия", "Russland", "Federazione Russa", "Russian Federation", "러시아", "俄罗斯"] },
  { id: "beijing", type: "place", names: ["Beijing", "Pekin", "Пекин", "Pechino", "Peking", "北京", "베이징"] },
  { id: "pyongyang", type: "place", names: ["Pyongyang", "Pjongjang", "Пхенян", "Pjöngjang", "평양", "平壤"] },
  { id: "seoul", type: "place", names: ["Seoul", "Seul", "Сеул", "서울"] },
  { id: "tiananmen-square", type: "place", names: ["Tiananmen Square", "Plac Tiananmen", "площад Тиенанмън", "Piazza Tienanmen", "天安门广场"] },
  { id: "great-hall-of-the-people", type: "place", names: ["Great Hall of the People", "Wielka Hala Ludowa", "Голямата зала на народа", "Grande Sala del Popolo", "人民大会堂"] },
  { id: "world-war-ii", type: "event", names: ["Second World War", "World War II", "II wojna światowa", "Втората световна война", "seconda guerra mondiale", "Zweiter Weltkrieg"] },
  { id: "covid-19-pandemic", type: "event", names: ["COVID-19", "COVID-19 pandemic", "pandemia COVID-19"] },
  { id: "global-development-initiative", type: "policy", names: ["Global Development Initiative", "Глобалната инициатива за развитие", "GDI"] },
  { id: "global-security-initiative", type: "policy", names: ["Global Security Initiative", "Глобалната инициатива за сигурност", "GSI"] },
];

export const FALLBACK_NAMES: BenchName[] = ENTITIES.flatMap(({ id, type, names }) => names.map((text) => ({ text, id, type })));
