/** Dates in the Slavic packs (lexicon engine): every case form, relative words, parts of the day, non-dates. */
import { dateTables } from "./table.js";

const D = "2025-10-12"; // a Sunday

dateTables(
  "bg",
  [
    ["Си организира банкет в четвъртък вечерта.", "2025-09-05", "четвъртък вечерта", "2025-09-04"],
    ["Путин пристигна в сряда.", D, "сряда", "2025-10-08"],
    ["Срещата беше в неделя.", D, "неделя", "2025-10-12"],
    ["В петък, 1 ноември, тя проведе преговори.", "2024-11-05", "петък, 1 ноември", "2024-11-01"],
    ["Първото посещение от юли 2000 г., когато", D, "юли 2000 г.", "2000-07"],
    ["Това стана през 2009 г.", D, "2009 г.", "2009"],
    ["Вчера следобед той замина.", D, "Вчера следобед", "2025-10-11"],
    ["Той пристига днес.", D, "днес", "2025-10-12"],
    ["Подписан през юни миналата година.", D, "юни миналата година", "2024-06"],
    ["Пхенян, 4 септември (ЦТАК)", null, "4 септември", "--09-04"],
    ["Срещата е в четвъртък.", null, "четвъртък", undefined],
    ["Той пристигна миналата седмица.", D, null],
    ["Една неделя по-късно", D, null],
    ["80-годишнината от победата", D, null],
  ],
  [["от неделя до сряда", D, ["неделя = 2025-10-12", "сряда = 2025-10-08"]]],
);

dateTables(
  "pl",
  [
    ["Przekazała w niedzielę agencja KCNA.", D, "niedzielę", "2025-10-12"],
    ["Opuściła Pjongjang w piątek.", D, "piątek", "2025-10-10"],
    ["święta obchodzonego 1 października.", D, "1 października", "2025-10-01"],
    ["otwarcie we wrześniu po pięciu latach", D, "wrześniu", "2025-09"],
    ["podpisanym w czerwcu ubiegłego roku", D, "czerwcu ubiegłego roku", "2024-06"],
    ["pierwsze spotkanie od kwietnia 2019 roku", D, "kwietnia 2019 roku", "2019-04"],
    ["To było w 2009 roku.", D, "2009 roku", "2009"],
    ["Umowę podpisano w 2009 r. w Moskwie.", D, "2009 r.", "2009"],
    ["Wrócił wczoraj wieczorem.", D, "wczoraj wieczorem", "2025-10-11"],
    ["Przyjechał w ubiegły piątek.", D, "ubiegły piątek", "2025-10-10"],
    ["Przyjedzie w przyszły poniedziałek.", D, "przyszły poniedziałek", "2025-10-13"],
    ["Dokument z 12.10.2025 opublikowano.", D, "12.10.2025", "2025-10-12"],
    ["święta obchodzonego 1 października.", null, "1 października", "--10-01"],
    ["Opuściła Pjongjang w piątek.", null, "piątek", undefined],
    ["Stało się to w październiku.", null, "październiku", undefined],
    ["Stało się to w październiku 2024 r.", null, "październiku 2024 r.", "2024-10"],
    ["W ostatnim czasie doszło do ocieplenia.", D, null],
    ["W ubiegłym tygodniu przyjechał.", D, null],
    ["To 80. rocznica powstania partii.", D, null],
    ["Oni mają nadzieję na pokój.", D, null],
    ["Maja Kowalska przyjechała do Seulu.", D, null],
    ["Spotkała się z nią Maja Kowalska.", D, null],
    ["Przyjechało do 2000 osób.", D, null],
  ],
  [["od 15 do 17 marca", D, ["15 = 2025-03-15", "17 marca = 2025-03-17"]]],
);

dateTables(
  "ru",
  [
    ["Путин в понедельник принял министра.", D, "понедельник", "2025-10-06"],
    ["В пятницу, 1 ноября, она провела переговоры.", "2024-11-04", "пятницу, 1 ноября", "2024-11-01"],
    ["Первый раунд состоялся в ноябре прошлого года.", D, "ноябре прошлого года", "2024-11"],
    ["подписанном в июне 2024 года", D, "июне 2024 года", "2024-06"],
    ["заключили в 2000 году", D, "2000 году", "2000"],
    ["Он прилетел вчера вечером.", D, "вчера вечером", "2025-10-11"],
    ["в прошлую пятницу", D, "прошлую пятницу", "2025-10-10"],
    ["в следующий понедельник", D, "следующий понедельник", "2025-10-13"],
    ["Договор подписали в среду.", D, "среду", "2025-10-08"],
    ["Он работает со среды.", D, "среды", "2025-10-08"],
    ["Это известно в среде экспертов.", D, null],
    ["Защита окружающей среды важна.", D, null],
    ["Это было на прошлой неделе.", D, null],
    ["3 сентября", null, "3 сентября", "--09-03"],
    ["12.10.2025", null, "12.10.2025", "2025-10-12"],
  ],
  [["Встреча прошла 3–4 сентября.", D, ["3 = 2025-09-03", "4 сентября = 2025-09-04"]]],
);

dateTables(
  "uk",
  [
    ["Лідери у середу провели переговори.", D, "середу", "2025-10-08"],
    ["Уже в понеділок увечері президент подякував.", D, "понеділок увечері", "2025-10-06"],
    ["Ще в суботу, 26 квітня, Герасимов доповів.", "2025-04-28", "суботу, 26 квітня", "2025-04-26"],
    ["уклали в червні минулого року", D, "червні минулого року", "2024-06"],
    ["Вторгнення почалося 24 лютого 2022 року.", D, "24 лютого 2022 року", "2022-02-24"],
    ["Це сталося у лютому.", D, "лютому", "2025-02"],
    ["Він прибув вчора.", D, "вчора", "2025-10-11"],
    ["Зустріч у п'ятницю.", D, "п'ятницю", "2025-10-10"],
    ["Зустріч у п’ятницю.", D, "п’ятницю", "2025-10-10"],
    ["обіймає посаду з травня 2024 року", D, "травня 2024 року", "2024-05"],
    ["Дув лютий вітер.", D, null],
    ["Це було минулого тижня.", D, null],
  ],
);

dateTables(
  "cs",
  [
    ["Sešli se ve čtvrtek ve Vladivostoku.", D, "čtvrtek", "2025-10-09"],
    ["Ještě ve čtvrtek odpoledne se sešli.", D, "čtvrtek odpoledne", "2025-10-09"],
    ["první cesta do Číny od roku 2019", D, "roku 2019", "2019"],
    ["Stalo se to v roce 2005.", D, "roce 2005", "2005"],
    ["smlouva, kterou podepsaly loni v červnu", D, "loni v červnu", "2024-06"],
    ["sešel se od loňského března čtyřikrát", D, "loňského března", "2024-03"],
    ["co v únoru v Hanoji skončilo", D, "únoru", "2025-02"],
    ["Smlouvu podepsali 19. června 2024.", D, "19. června 2024", "2024-06-19"],
    ["Přijel včera.", D, "včera", "2025-10-11"],
    ["Jednali minulý pátek.", D, "minulý pátek", "2025-10-10"],
    ["Putin v Číně pobývá od neděle.", D, "neděle", "2025-10-12"],
    ["k 80. výročí konce války", D, null],
  ],
);

dateTables(
  "sk",
  [
    ["Putin v sobotu podpísal zákon.", D, "sobotu", "2025-10-11"],
    ["Zmluvu podpísali 19. júna počas návštevy.", D, "19. júna", "2025-06-19"],
    ["od jeho nástupu koncom roka 2011", D, "roka 2011", "2011"],
    ["stretnutie minulý piatok v Moskve", D, "minulý piatok", "2025-10-10"],
    ["Príde zajtra.", D, "zajtra", "2025-10-13"],
    ["v polovici októbra", D, "októbra", "2025-10"],
  ],
  [
    ["Návšteva trvala od nedele do stredy.", D, ["nedele = 2025-10-12", "stredy = 2025-10-08"]],
    ["Stretnúť sa má v máji alebo júni.", D, ["máji = 2025-05", "júni = 2025-06"]],
  ],
);

dateTables(
  "sl",
  [
    ["je prispel v torek, 8. januarja, s soprogo", "2019-01-10", "torek, 8. januarja", "2019-01-08"],
    ["Kim je gostoval marca lani, v Pekingu.", "2019-01-10", "marca lani", "2018-03"],
    ["meje zaprla v začetku leta 2020", D, "leta 2020", "2020"],
    ["V četrtek zvečer bo parada.", "2023-07-27", "četrtek zvečer", "2023-07-27"],
    ["premirja, podpisanega 27. julija 1953, praznuje", D, "27. julija 1953", "1953-07-27"],
    ["Sestal se je v sredo.", D, "sredo", "2025-10-08"],
    ["Včeraj je obiskal tovarno.", D, "Včeraj", "2025-10-11"],
    ["Stoji sredi mesta.", D, null],
  ],
);

dateTables(
  "hr",
  [
    ["sastali su se u rujnu prošle godine", D, "rujnu prošle godine", "2024-09"],
    ["nakon onoga u Vladivostoku u travnju 2019.", D, "travnju 2019", "2019-04"],
    ["Jučer je stigao.", D, "Jučer", "2025-10-11"],
    ["Završio je posjet u nedjelju.", D, "nedjelju", "2025-10-12"],
    ["Puhao je studeni vjetar.", D, null],
    ["Izbori su u studenom.", D, "studenom", "2025-11"],
    ["To je bilo 2019. godine.", D, "2019. godine", "2019"],
    ["Bio je u Pekingu početkom rujna.", D, "rujna", "2025-09"],
  ],
  [["na izborima održanima od 15. do 17. ožujka osvojio je", "2024-03-20", ["15. = 2024-03-15", "17. ožujka = 2024-03-17"]]],
);

dateTables(
  "sr",
  [
    ["Sastanak je u nedelju.", D, "nedelju", "2025-10-12"],
    ["Sastanak je у недељу.", D, "недељу", "2025-10-12"],
    ["To je bilo prošle nedelje.", D, null],
    ["Vratio se nedelju dana kasnije.", D, null],
    ["Sporazum je potpisan 5. maja 2024. godine.", D, "5. maja 2024. godine", "2024-05-05"],
    ["Састали су се у среду.", D, "среду", "2025-10-08"],
    ["Stigao je juče.", D, "juče", "2025-10-11"],
    ["потписан у јуну прошле године", D, "јуну прошле године", "2024-06"],
  ],
);
