import type { ImportWarning, WarningSink } from '../../../shared/import-preview';
import { emptyContact, parseBirthday, splitName, type ImportedContact } from './contact';
import { decoderFor } from './decode';
import { printable } from './text-check';

interface Prop {
  group: string;
  name: string;
  params: Record<string, string[]>;
  value: string;
}

interface LogicalLine {
  text: string;
  line: number;
}

/** Undo vCard text escapes: \n, \, \; \: \\ */
const unescape = (s: string) => s.replace(/\\([nN,;:\\])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Split on separators not escaped with a backslash. */
function splitUnescaped(s: string, sep: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === sep) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

/** Split on a separator outside double quotes (parameter values may quote ";" and ":"). */
function splitOutsideQuotes(s: string, sep: string): string[] {
  const out: string[] = [];
  let from = 0;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '"') quoted = !quoted;
    else if (s[i] === sep && !quoted) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/**
 * Quoted-printable: "=XX" bytes decoded with the property's charset. The file is already
 * text, so a literal non-ASCII character inside the value (phones and Outlook write them)
 * is kept as the character it is, never cut to a byte.
 */
export function decodeQuotedPrintable(s: string, charset: string): string {
  const decode = decoderFor(charset || 'utf-8');
  const out: string[] = [];
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length) out.push(decode(Uint8Array.from(bytes)));
    bytes = [];
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61 /* = */ && HEX.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) bytes.push(c);
    else {
      flush();
      out.push(s[i]!);
    }
  }
  flush();
  return out.join('');
}

const isQuotedPrintable = (head: string) => /(^|;)\s*(ENCODING=)?QUOTED-PRINTABLE\s*(;|$)/i.test(head);
const isBase64 = (head: string) => /(^|;)\s*(ENCODING=)?(BASE64|B)\s*(;|$)/i.test(head);
const BASE64_LINE = /^[A-Za-z0-9+/=]+$/;

/**
 * Logical lines, in one pass: unfold continuation lines (a line starting with a space or
 * tab), quoted-printable soft line breaks (vCard 2.1: "=" at the end of a line), and vCard
 * 2.1 base64 values whose lines are not indented (they run to a blank line). Each logical
 * line is built from a list of parts joined once, so a value of many short lines is linear.
 */
function logicalLines(text: string): LogicalLine[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: LogicalLine[] = [];
  let parts: string[] = [];
  let line = 0;
  let qp = false;
  let b64 = false;
  const flush = () => {
    if (parts.length) out.push({ text: parts.join(''), line });
    parts = [];
  };
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    const last = parts.length - 1;
    if (last >= 0 && qp && parts[last]!.endsWith('=')) {
      parts[last] = parts[last]!.slice(0, -1);
      parts.push(l);
      continue;
    }
    if (last >= 0 && (l.startsWith(' ') || l.startsWith('\t'))) {
      parts.push(l.slice(1));
      continue;
    }
    if (last >= 0 && b64 && BASE64_LINE.test(l)) {
      parts.push(l);
      continue;
    }
    flush();
    line = i + 1;
    parts.push(l);
    const head = l.slice(0, Math.max(0, l.indexOf(':')));
    qp = isQuotedPrintable(head);
    b64 = isBase64(head);
  }
  flush();
  return out;
}

function colonOf(text: string): number {
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuote = !inQuote;
    else if (ch === ':' && !inQuote) return i;
  }
  return -1;
}

function parseProp(text: string): Prop | null {
  const colon = colonOf(text);
  if (colon <= 0) return null;
  const [head, ...paramParts] = splitOutsideQuotes(text.slice(0, colon), ';');
  const dot = head!.lastIndexOf('.');
  const group = dot >= 0 ? head!.slice(0, dot).toLowerCase() : '';
  const name = (dot >= 0 ? head!.slice(dot + 1) : head!).trim().toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return null;
  const params: Record<string, string[]> = {};
  for (const p of paramParts) {
    const eq = p.indexOf('=');
    // vCard 2.1 bare parameters (EMAIL;PREF;INTERNET) are types
    const key =
      eq < 0 ? (/^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT)$/i.test(p.trim()) ? 'ENCODING' : 'TYPE') : p.slice(0, eq).trim().toUpperCase();
    const raw = eq < 0 ? p : p.slice(eq + 1);
    // a list of values, each maybe quoted; a quoted TYPE may itself hold a list ("voice,cell")
    const vals = splitOutsideQuotes(raw, ',').flatMap((v) => {
      const quoted = /^\s*"(.*)"\s*$/.exec(v);
      if (!quoted) return [v.trim()];
      return key === 'TYPE' ? quoted[1]!.split(',').map((x) => x.trim()) : [quoted[1]!];
    });
    (params[key] ??= []).push(...vals);
  }
  let value = text.slice(colon + 1);
  if (params.ENCODING?.some((e) => /quoted-printable/i.test(e))) value = decodeQuotedPrintable(value, params.CHARSET?.[0] ?? 'utf-8');
  return { group, name, params, value };
}

const typesOf = (p: Prop) => (p.params.TYPE ?? []).map((t) => t.toLowerCase());
const isBegin = (l: string) => /^BEGIN:VCARD$/i.test(l.trim());
const isEnd = (l: string) => /^END:VCARD$/i.test(l.trim());
// quoted in a message (and on a terminal): never a control character
const quote = (l: string) => `"${printable(l.trim().slice(0, 40))}${l.trim().length > 40 ? '…' : ''}"`;

/**
 * vCard 2.1, 3.0 and 4.0 (Apple, Google, Outlook, phones and others). One bad card never
 * refuses the file: a card cut short, an embedded AGENT card, a line that is not a property
 * or text outside a card becomes a warning by its line, and every other card is read.
 */
export function parseVcards(text: string): { contacts: ImportedContact[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  return { contacts: [...vcardContacts(text, warnings)], warnings };
}

/** The cards one at a time, as they end (so a large file can be read a slice at a time); warnings go into `warnings`. */
export function* vcardContacts(text: string, warnings: WarningSink): Generator<ImportedContact> {
  let props: Prop[] | null = null;
  let startLine = 0;
  // inside an embedded card (vCard 2.1 AGENT): how many END:VCARD close it
  let nested = 0;
  let nestedLine = 0;
  let outsideFrom = 0;
  const warn = (line: number, message: string, skipped = false) => warnings.push({ line, message, skipped });
  const lines = logicalLines(text);
  for (const { text: l, line } of lines) {
    if (l.trim() === '') continue;
    if (nested > 0) {
      if (isBegin(l)) nested++;
      else if (isEnd(l) && --nested === 0)
        warn(
          nestedLine,
          `Line ${nestedLine}: a card embedded in the card from line ${startLine} (AGENT) was left out; the card itself was read.`,
        );
      continue;
    }
    if (!props && !isBegin(l)) {
      // one warning for a run of stray lines, not one per line
      if (!outsideFrom) {
        outsideFrom = line;
        warn(
          line,
          isEnd(l)
            ? `Line ${line}: END:VCARD without a BEGIN:VCARD was ignored.`
            : `Line ${line}: text outside a card (${quote(l)}) was ignored.`,
        );
      }
      continue;
    }
    outsideFrom = 0;
    if (isBegin(l)) {
      const previous = props?.at(-1);
      if (props && previous?.name === 'AGENT' && previous.value.trim() === '') {
        nested = 1;
        nestedLine = line;
        continue;
      }
      if (props)
        warn(
          startLine,
          `Line ${startLine}: the card that begins here has no END:VCARD before the next card on line ${line}, so it was left out.`,
          true,
        );
      props = [];
      startLine = line;
      continue;
    }
    if (isEnd(l)) {
      const card = props!;
      props = null;
      yield toContact(card, startLine);
      continue;
    }
    const p = parseProp(l);
    if (!p) {
      warn(line, `Line ${line}: ${quote(l)} is not a vCard property (NAME:value), so it was left out of the card from line ${startLine}.`);
      continue;
    }
    // a 3.0-style AGENT holding a card on the same line: skip that card to its END
    if (p.name === 'AGENT' && isBegin(p.value)) {
      nested = 1;
      nestedLine = line;
      continue;
    }
    props!.push(p);
  }
  if (nested > 0)
    warn(
      nestedLine,
      `Line ${nestedLine}: a card embedded in the card from line ${startLine} (AGENT) never ends; that card was left out.`,
      true,
    );
  else if (props) warn(startLine, `The card that begins on line ${startLine} never ends (no END:VCARD), so it was left out.`, true);
}

// binary or machine fields that carry nothing a person reads
const IGNORED = new Set([
  'BEGIN',
  'END',
  'VERSION',
  'PRODID',
  'FN',
  'N',
  'ORG',
  'TITLE',
  'ROLE',
  'EMAIL',
  'TEL',
  'URL',
  'NOTE',
  'CATEGORIES',
  'ADR',
  'X-ABLABEL',
  'X-SOCIALPROFILE',
  'UID',
  'REV',
  'PHOTO',
  'LOGO',
  'SOUND',
  'KEY',
  'AGENT',
  'BDAY',
  'LABEL',
]);

function toContact(props: Prop[], line: number): ImportedContact {
  const c = emptyContact('vCard', line);
  const labels = new Map(props.filter((p) => p.name === 'X-ABLABEL').map((p) => [p.group, p.value.replace(/^_\$!<(.*)>!\$_$/, '$1')]));
  let structured = '';
  for (const p of props) {
    const v = unescape(p.value).trim();
    switch (p.name) {
      case 'FN':
        c.name = splitName(v);
        break;
      case 'N': {
        const [family = '', given = '', additional = '', prefix = '', suffix = ''] = splitUnescaped(p.value, ';').map((x) =>
          unescape(x).trim(),
        );
        structured = splitName([prefix, given, additional, family, suffix].filter(Boolean).join(' '));
        break;
      }
      case 'ORG': {
        const [org = '', ...units] = splitUnescaped(p.value, ';').map((x) => unescape(x).trim());
        c.company = org;
        if (units.filter(Boolean).length) c.extra.push(['Department', units.filter(Boolean).join(', ')]);
        break;
      }
      case 'TITLE':
        c.role = v;
        break;
      case 'ROLE':
        if (!c.role) c.role = v;
        else c.extra.push(['Role', v]);
        break;
      case 'EMAIL':
        if (v) c.emails.push(v.replace(/^mailto:/i, ''));
        break;
      case 'TEL':
        if (v) c.phones.push(v.replace(/^tel:/i, ''));
        break;
      case 'URL':
      case 'X-SOCIALPROFILE': {
        const url = v;
        if (/linkedin\.com\//i.test(url) && !c.linkedin) c.linkedin = url;
        else if (!c.website) c.website = url;
        else c.extra.push([labels.get(p.group) ?? 'Website', url]);
        break;
      }
      case 'NOTE':
        c.notes = c.notes ? `${c.notes}\n${v}` : v;
        break;
      case 'CATEGORIES':
        c.tags.push(
          ...splitUnescaped(p.value, ',')
            .map((x) => unescape(x).trim())
            .filter((t) => t && !/^mycontacts$/i.test(t) && !t.startsWith('*')),
        );
        break;
      case 'ADR': {
        const parts = splitUnescaped(p.value, ';').map((x) => unescape(x).trim());
        if (!c.city && parts[3]) c.city = parts[3];
        if (!c.country && parts[6]) c.country = parts[6];
        const full = parts.filter(Boolean).join(', ');
        if (full) c.extra.push([`Address${typesOf(p).length ? ` (${typesOf(p).join(', ')})` : ''}`, full]);
        break;
      }
      case 'BDAY': {
        // a birthday becomes a life event; one that is not a date stays in the notes as written
        const omit = Number(p.params['X-APPLE-OMIT-YEAR']?.[0]);
        const day = parseBirthday(v, Number.isInteger(omit) ? omit : null);
        if (day && !c.birthday) c.birthday = day;
        else if (!day && v) c.extra.push(['Birthday', v]);
        break;
      }
      default:
        if (!IGNORED.has(p.name) && !p.name.startsWith('X-') && v) c.extra.push([p.name.charAt(0) + p.name.slice(1).toLowerCase(), v]);
    }
  }
  if (!c.name) c.name = structured || c.emails[0] || c.company;
  return c;
}
