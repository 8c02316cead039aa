/** A relative month on its own ("last month", "w zeszłym miesiącu", "上月") is a date whose value is a month, read against the document date. */
import { dateTables } from "./table.js";

const D = "2025-01-12"; // the month before is in the year before

dateTables("en", [
  ["Kim visited Beijing last month.", D, "last month", "2024-12"],
  ["They will meet next month.", D, "next month", "2025-02"],
  ["The month was quiet.", D, null],
]);
dateTables("de", [["Kim besuchte im vergangenen Monat Peking.", D, "vergangenen Monat", "2024-12"]]);
dateTables("fr", [["Kim a visité Pékin le mois dernier.", D, "mois dernier", "2024-12"]]);
dateTables("it", [["Kim ha visitato Pechino il mese scorso.", D, "mese scorso", "2024-12"]]);
dateTables("es", [["Kim visitó Pekín el mes pasado.", D, "mes pasado", "2024-12"]]);
dateTables("pl", [
  ["Kim Dzong Un odwiedził Pekin w zeszłym miesiącu.", D, "zeszłym miesiącu", "2024-12"],
  ["W przyszłym miesiącu Ławrow przyleci do Pjongjangu.", D, "przyszłym miesiącu", "2025-02"],
]);
dateTables("ru", [["Ким посетил Пекин в прошлом месяце.", D, "прошлом месяце", "2024-12"]]);
dateTables("uk", [["Кім відвідав Пекін минулого місяця.", D, "минулого місяця", "2024-12"]]);
dateTables("bg", [["Ким посети Пекин миналия месец.", D, "миналия месец", "2024-12"]]);
dateTables("cs", [["Kim navštívil Peking minulý měsíc.", D, "minulý měsíc", "2024-12"]]);
dateTables("sk", [["Kim navštívil Peking minulý mesiac.", D, "minulý mesiac", "2024-12"]]);
dateTables("sl", [["Kim je prejšnji mesec obiskal Peking.", D, "prejšnji mesec", "2024-12"]]);
dateTables("hr", [["Kim je prošlog mjeseca posjetio Peking.", D, "prošlog mjeseca", "2024-12"]]);
dateTables("sr", [
  ["Kim je prošlog meseca posetio Peking.", D, "prošlog meseca", "2024-12"],
  ["Ким је прошлог месеца посетио Пекинг.", D, "прошлог месеца", "2024-12"],
]);
