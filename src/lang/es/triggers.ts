/**
 * Spanish relation triggers: the words that state a relation, with their
 * inflected forms as alternatives. At one position the first listed pattern
 * wins, so longer phrases come before the words they start with.
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";

/** Nouns of ties between states and parties. */
const TIES = "(?:cooperación|colaboración|relaciones|lazos|vínculos|asociación|amistad|coordinación|alianza|intercambios)";
/** Verbs that make ties closer, in the forms that state a pledge or an agreement ("seguirán profundizando su cooperación"). */
const STRENGTHEN =
  "(?:reforz(?:ando|ar|ado|ada|ó|aron|ará|arán)|estrech(?:ando|ar|ado|ó|aron|ará|arán)|fortalec(?:iendo|er|ido|ida|ió|ieron|erá|erán)|profundiz(?:ando|ar|ado|ó|aron|ará|arán)|ampli(?:ando|ar|ado|ó|aron|ará|arán)|desarroll(?:ando|ar|ado|ó|aron|ará|arán)|consolid(?:ando|ar|ado|ó|aron|ará|arán)|intensific(?:ando|ar|ado|ó|aron|ará|arán)|impuls(?:ando|ar|ado|ó|aron|ará|arán)|promover|llevar|elevar)";

/** Nouns of a meeting. */
const MEETING_NOUN = "(?:reuni(?:ón|ones)|encuentros?|conversaciones|conversación\\stelefónica|llamada\\stelefónica|videoconferencias?|videollamadas?)";

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  meeting: [
    { pattern: "(?:fue|fueron|ha sido|han sido|había sido|será) (?:calurosamente )?recibid[oa]s?(?= por\\b)|antes de ser recibid[oa]s? por", voice: "passive" },
    { pattern: "(?:se )?reun(?:ió|ieron|irá|irán|ía|ían|irse|ido)|(?:se )?entrevist(?:ó|aron|ará|arán)|entrevista con|(?:se )?encontr(?:ó|aron)(?= con\\b)|cumbre (?:con|bilateral)|convers(?:a|an|ó|aron|ará|arán|aba|aban)|habl(?:ó|aron|a|an|ado|ará|arán) por teléfono|dialog(?:ó|aron)|intercambio de opiniones" },
    // A meeting noun after a definite article ("tras las conversaciones", "la reunión") refers back to a meeting
    // already stated; it states one itself with its partner ("la reunión con Putin") or its participants ("su reunión").
    { pattern: `${MEETING_NOUN}(?=\\s(?:con|entre)\\b)` },
    { pattern: `(?<!\\b(?:el|la|los|las|este|esta|estos|estas|dicha|dicho|del|al)\\s)${MEETING_NOUN}` },
    { pattern: "recib(?:ió|ieron|irá|irán|e|en|ía)(?! (?:una|la|las|un|el|los) (?:carta|cartas|mensaje|mensajes|telegrama|respuesta|invitación))" },
  ],
  message: [
    { pattern: "(?:carta|mensaje|telegrama) de (?:felicitación|felicitaciones)|felicit(?:ó|aron|ación|aciones|ar|a|an|ando)|enhorabuena", kind: "congratulations" },
    { pattern: "(?:carta|mensaje|telegrama) de (?:condolencia|condolencias|pésame)", kind: "condolences" },
    { pattern: "condolencias|pésame", kind: "condolences" },
    { pattern: "saludos?|mensaje de saludo|buenos deseos", kind: "greetings" },
    { pattern: "respuesta|respondió|respondieron", kind: "reply" },
    { pattern: "cartas?|misiva", kind: "letter" },
    { pattern: "mensajes?|telegramas?", kind: "message" },
  ],
  attendance: [
    { pattern: "(?:tomó|tomaron|tomará|tomarán) parte|particip(?:ó|aron|ará|arán|a|an|ación|ar)|asist(?:ió|ieron|irá|irán|e|en|encia)(?=(?: [^\\s,.;:]+){0,6}? (?:a|al)\\b)|presenci(?:ó|aron|ará|arán|ar)|presencia en" },
  ],
  support: [
    { pattern: "apoy(?:o|a|an|ó|aron|ará|arán|ar|ado|ando)|respald(?:o|a|an|ó|aron|ará|arán|ar|ado)|(?:sosti(?:ene|enen|uvo)|sosten(?:er|ido))(?!\\sque\\b)" },
  ],
  cooperation: [
    // Signing a treaty together: "Putin y Kim firmaron un tratado".
    { pattern: `(?:firm(?:aron|ó|ado|ada|an|arán|ará)|suscribi(?:eron|ó))(?= (?:\\S+ ){0,3}(?:tratado|acuerdo|pacto|declaración|memorando|memorándum))` },
    { pattern: `${STRENGTHEN}(?: aún más| más)? (?:la |el |los |las |sus |su )?(?:\\S+ )?${TIES}` },
    { pattern: "(?:más )?estrech(?:a|as|os) (?:cooperación|colaboración|relaciones|lazos|vínculos)|cooperar" },
  ],
  praise: [
    { pattern: "elogi(?:ó|aron|a|an|ar|ado|ando)|alab(?:ó|aron|a|an|ar|ado)|elogios?|agradec(?:ió|ieron|e|en|er|ido)|(?:rindió|rindieron|rinde) homenaje|encomi(?:ó|aron)|destac(?:ó|aron)(?= el (?:valor|papel|esfuerzo|apoyo))" },
  ],
  visit: [
    // The noun with its destination ("visita a Corea del Norte", "visita oficial a"), not "la visita se produce".
    { pattern: "visita(?= (?:oficial |de Estado |de trabajo )?(?:a|al|en)\\b)|visit(?:ó|aron|ará|arán|ado|ando)|lleg(?:ó|aron|ará|arán|ada|ado) (?:a|al|en)|viaje (?:a|al)|gira por|(?:se )?desplaz(?:ó|aron) (?:a|hasta)|aterriz(?:ó|aron) en|viaj(?:ó|aron|ará|arán|a|an) (?:a|al|hasta)" },
  ],
};
