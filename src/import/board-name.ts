/**
 * A governing body's own title names no organisation: "Board of Directors", "the Trustees", "Board
 * Meeting", "Trust Board". A secretariat files it as that organisation's board, as "MOPAC MPS Oversight
 * Board" and "Larkspur Community Trust Board of Trustees" are named, so the organisation's name on the
 * line above (or before a dash on the same line) goes in front.
 */
const GENERIC: Record<string, string> = {
  'board': 'Board', 'the board': 'Board', 'main board': 'Board', 'trust board': 'Trust Board',
  'board of directors': 'Board of Directors', 'directors': 'Board of Directors', 'the directors': 'Board of Directors',
  'board of trustees': 'Board of Trustees', 'trustees': 'Board of Trustees', 'the trustees': 'Board of Trustees',
  'board of management': 'Board of Management', 'board of governors': 'Board of Governors', 'governors': 'Board of Governors',
  'governing board': 'Governing Board', 'full governing board': 'Governing Board', 'local governing board': 'Local Governing Board',
  'full governing body': 'Governing Body', 'local governing body': 'Local Governing Body',
};

/**
 * "Public Board of Directors", "Trust Board (Public)", "Board of Directors – Part 1", "Private Board": one board's
 * public and private sessions are one board, so the session word is not part of its name.
 */
const SESSION = /^(?:(?:public|private|confidential|open|closed|part\s+(?:1|2|one|two|a|b|i|ii))\s+)|\s*(?:\((?:public|private|confidential|part\s+(?:1|2|one|two|a|b|i|ii))\)|[-–—:]\s*part\s+(?:1|2|one|two|a|b|i|ii)|\s+in\s+(?:public|private))$/gi;

/** A body's one-word title that names its organisation only with the organisation's name ("University of Eastholme" / "Council"). */
const OWN_TITLE: Record<string, string> = { council: 'Council', court: 'Court', senate: 'Senate', 'governing body': 'Governing Body', cabinet: 'Cabinet', executive: 'Executive' };

/** True for a title naming no organisation ("Board", "Board of Trustees"): a more particular name found elsewhere wins. */
export function isBareTitle(name: string): boolean {
  return Object.values(GENERIC).includes(name);
}

/** An organisation's name as a title line gives it: "Northfield Community Health NHS Foundation Trust", "Westmoor Police". */
const ORGANISATION = /^[A-Z][\w'’&.,()-]*(?:\s+[\w'’&.,()-]+){0,9}\s+(?:trust|council|association|charity|hospice|foundation|academy|academies|college|university|society|limited|ltd|plc|cic|group|partnership|authority|homes|federation|institute|police|constabulary|service|services|commissioner|fund|alliance|network|school|care|centre|center|inc\.?|incorporated|llc|corp\.?|corporation|company|co\.)$/i;
/** "NHS Kingsmead Integrated Care Board", "Betsi Cadwaladr University Health Board": organisations named as boards. */
const BOARD_ORGANISATION = /^(?:NHS\s+)?[A-Z][\w'’&.-]*(?:\s+(?:and\s+)?[A-Z][\w'’&.-]*){0,6}\s+(?:integrated\s+care|(?:university\s+)?health)\s+board$/i;
const NOT_ORGANISATION = /\b(?:meeting|minutes|record|notes?|actions?|board|committee|panel|tracker|log|agenda|report)\b|\d/i;

/**
 * "University of Eastholme", "Diocese of Wexham", "Royal Borough of Kingsmead", "Office of the Police and Crime
 * Commissioner for Westmoor": an organisation named "<kind> of <place or office>".
 */
const ORGANISATION_OF = /^(?:the\s+)?(?:(?:university|college|diocese|city|county|borough|royal\s+borough|london\s+borough|isle)\s+of\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}|office\s+of\s+(?:the\s+)?[A-Z][\w'’&.,-]*(?:\s+[\w'’&.,-]+){0,9})$/i;

/** "(Registered Charity No. 1102345)", ", Company number 0123": a registration after an organisation's name, not part of it. */
const REGISTRATION = /\s*(?:[(,–—-]\s*)?(?:registered\s+)?(?:charity|company|registration|reg\.?)\s+(?:no\.?|number|num\.?)?\s*[:.]?\s*[A-Z]{0,2}\d[\d\s]*\)?$/i;

/** A title line without its bold marks and registration number: "**Sandmere Rescue (Registered Charity No. 1)**" → "Sandmere Rescue". */
function bareName(line: string): string {
  return line.replace(/^\*\*|\*\*$/g, '').replace(REGISTRATION, '').trim();
}

/** The organisation a title line names, its registration number left off; null when the line is not only an organisation's name. */
export function organisationName(line: string): string | null {
  const text = bareName(line);
  if (BOARD_ORGANISATION.test(text) && !/\d/.test(text)) return text;
  return (ORGANISATION.test(text) || ORGANISATION_OF.test(text)) && !NOT_ORGANISATION.test(text) ? text : null;
}

/** A name in capitals, two to eight words, none of a heading's words ("Sandmere Wildlife Rescue", "Thornwick Hospice Care"). */
const PROPER_NAME = /^[A-Z][\w'’&.-]*,?(?:\s+(?:of|and|the|for|on|in|upon|&|[A-Z][\w'’&.-]*,?)){1,7}$/;

/**
 * The organisation a line above a board's title names: a line `organisationName` knows, or (standing right above the
 * title, where a secretariat puts it) any proper name of two words or more that is not a heading, a date or a
 * reference, or a name followed by its registered charity or company number.
 */
export function organisationAbove(line: string): string | null {
  const known = organisationName(line);
  if (known) return known;
  const text = bareName(line);
  return PROPER_NAME.test(text) && !NOT_ORGANISATION.test(text) && !/\b(?:present|apologies|attendees|in\s+attendance|part|item|private|public|confidential|official|draft)\b/i.test(text) ? text : null;
}

/** True for a line that is an organisation's name and nothing else. */
export function isOrganisation(text: string): boolean {
  return organisationName(text) !== null;
}

/**
 * A committee's, panel's or board's own title that names no organisation: "Quality and Safety Committee",
 * "Audit and Risk Committee", "Accountability Board", "Finance and General Purposes Committee". Two
 * organisations' committees of one name are different boards, so the organisation above goes in front.
 * A title that names its organisation already ("MOPAC MPS Oversight Board", "Westmoor Police and Crime
 * Panel", "ICB Quality Committee") is kept as it is.
 */
const BODY_TITLE = /\b(?:committee|sub-?committee|panel|board|group|forum|cabinet|council)$/i;
const ORGANISATION_WORD = /\b(?:trust|council|nhs|police|constabulary|authority|university|college|academy|fire|county|borough|city|district|parish|town|hospital|charity|foundation|association)\b/i;
/** "MOPAC", "ICB", "NHS": an organisation's initials. */
const INITIALS = /\b[A-Z]{2,}\b/;

/** "Board of Directors" as a board's name: the name a secretariat files it under, else null when not generic. */
function genericTitle(name: string): string | null {
  return GENERIC[name.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** "Riverside NHS Trust" + "Trust Board" → "Riverside NHS Trust Board"; + "Board of Directors" → "… Trust Board of Directors". */
function joined(organisation: string, title: string): string {
  return /\btrust$/i.test(organisation) && title === 'Trust Board' ? `${organisation} Board` : `${organisation} ${title}`;
}

/**
 * The board's name to file under: a generic title takes the organisation named before a dash on its own
 * line ("Hollinsford Academy Trust - Trust Board") or on the title line just above (`above`, already a
 * heading's text), as does a one-word title such as "Council" ("University of Eastholme" / "Council - Schedule
 * of Actions" → "University of Eastholme Council"); a generic title with no organisation is given its full form ("Trustees" → "Board of
 * Trustees"); any other name is kept as it is. Null when `name` is a lone word that names no board.
 */
export function boardName(written: string, above: string | null): string | null {
  const name = written.replace(SESSION, '').trim() || written;
  const dashed = /^(.+?)\s+[-–—:|]\s+(.+)$/.exec(name);
  const dashedOrg = dashed ? organisationName(dashed[1]!) : null;
  if (dashed && dashedOrg && genericTitle(dashed[2]!)) return joined(dashedOrg, genericTitle(dashed[2]!)!);
  const aboveOrg = above ? organisationAbove(above) : null;
  // "Little Ashcombe Parish Council" / "Minutes of the (Full) Parish Council meeting": the organisation is the body.
  if (aboveOrg && new RegExp(String.raw`\b${name.replace(/^full\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i').test(aboveOrg) && name.split(/\s+/).length <= 3) return aboveOrg;
  const own = OWN_TITLE[name.toLowerCase().replace(/\s+/g, ' ')];
  if (own && aboveOrg) return new RegExp(String.raw`\b${own}$`, 'i').test(aboveOrg) ? aboveOrg : `${aboveOrg} ${own}`;
  if (dashed && dashedOrg && OWN_TITLE[dashed[2]!.toLowerCase()]) return `${dashedOrg} ${OWN_TITLE[dashed[2]!.toLowerCase()]!}`;
  if (dashed && dashedOrg && isBodyTitle(dashed[2]!)) return `${dashedOrg} ${dashed[2]!}`;
  const title = genericTitle(name);
  if (!title) {
    if (name.split(' ').length < 2) return null;
    return aboveOrg && isBodyTitle(name) ? `${aboveOrg} ${name}` : name;
  }
  return aboveOrg ? joined(aboveOrg, title) : title;
}

/** A committee's or panel's own title of two words or more that names no organisation ("Audit and Risk Committee"). */
function isBodyTitle(name: string): boolean {
  // "Westmoor Police and Crime Panel" names its organisation; "Police and Crime Panel" opens with the kind of body only.
  return BODY_TITLE.test(name) && name.split(/\s+/).length >= 2 && !(name.search(ORGANISATION_WORD) > 0) && !INITIALS.test(name) && !genericTitle(name);
}
