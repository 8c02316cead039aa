/** A relative year on its own ("last year", "prošle godine", "去年") is a date whose value is a year; before or after a month it stays part of that date. */
import { dateTables } from "./table.js";

const D = "2025-10-12";

dateTables("en", [
  ["The deal was agreed last year.", D, "last year", "2024"],
  ["They will meet again next year.", D, "next year", "2026"],
  ["This agreement stands.", D, null],
]);
dateTables("bg", [["Срещата беше миналата година.", D, "миналата година", "2024"]]);
dateTables("pl", [
  ["Do końca ubiegłego roku podpisano umowę.", D, "ubiegłego roku", "2024"],
  ["podpisanym w czerwcu ubiegłego roku", D, "czerwcu ubiegłego roku", "2024-06"],
  ["Tego dnia nic się nie stało.", D, null],
]);
dateTables("cs", [["Loni se setkali dvakrát.", D, "Loni", "2024"]]);
dateTables("hr", [
  ["Sporazum je dogovoren prošle godine.", D, "prošle godine", "2024"],
  ["Sastali su se u rujnu prošle godine.", D, "rujnu prošle godine", "2024-09"],
]);
dateTables("ru", [
  ["Договор действует с прошлого года.", D, "прошлого года", "2024"],
  // The prepositional alone: "в этом году", "в прошлом году".
  ["Лидеры встретятся в этом году.", D, "этом году", "2025"],
  ["В прошлом году они встречались дважды.", D, "прошлом году", "2024"],
  ["Переговоры продолжатся в следующем году.", D, "следующем году", "2026"],
]);
dateTables("zh", [["去年两国签署了条约。", D, "去年", "2024"]]);
dateTables("ko", [["지난해 양국은 조약을 체결했다.", D, "지난해", "2024"]]);
// Romance languages join a relative year to a month with a genitive ("marzo del año pasado"); alone the date is without it.
dateTables("es", [
  ["La cumbre se celebró a finales del año pasado.", D, "año pasado", "2024"],
  ["Firmado en marzo del año pasado.", D, "marzo del año pasado", "2024-03"],
]);
dateTables("fr", [["Le sommet de l'année dernière a eu lieu à Pékin.", D, "l'année dernière", "2024"]]);
dateTables("it", [
  ["Il vertice si è svolto l'anno scorso.", D, "anno scorso", "2024"],
  ["Firmato nel marzo dello scorso anno.", D, "marzo dello scorso anno", "2024-03"],
]);
