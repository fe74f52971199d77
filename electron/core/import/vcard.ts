import { CompeerError } from '../../../shared/errors';
import { emptyContact, parseLooseDate, splitName, type ImportedContact } from './contact';

interface Prop {
  group: string;
  name: string;
  params: Record<string, string[]>;
  value: string;
}

/** Undo vCard text escapes: \n, \, \; \: \\ */
const unescape = (s: string) => s.replace(/\\([nN,;:\\])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Split on separators not escaped with a backslash. */
function splitUnescaped(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) {
      cur += s[i]! + s[i + 1]!;
      i++;
    } else if (s[i] === sep) {
      out.push(cur);
      cur = '';
    } else cur += s[i];
  }
  out.push(cur);
  return out;
}

function decodeQuotedPrintable(s: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(s.charCodeAt(i) & 0xff);
  }
  const label = charset.toLowerCase();
  try {
    return new TextDecoder(label === 'utf-8' || label === 'utf8' || label === '' ? 'utf-8' : label).decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  }
}

/**
 * Logical lines: unfold continuation lines (vCard 3.0/4.0: a line starting with a space or
 * tab), and quoted-printable soft line breaks (vCard 2.1: "=" at the end of a line).
 */
function logicalLines(text: string): { text: string; line: number }[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    if ((l.startsWith(' ') || l.startsWith('\t')) && out.length > 0) {
      out[out.length - 1]!.text += l.slice(1);
      continue;
    }
    const entry = { text: l, line: i + 1 };
    // quoted-printable soft breaks: keep joining while the value ends with "="
    while (/ENCODING=QUOTED-PRINTABLE/i.test(entry.text.split(':')[0] ?? '') && entry.text.endsWith('=') && i + 1 < raw.length) {
      entry.text = entry.text.slice(0, -1) + raw[++i]!;
    }
    out.push(entry);
  }
  return out;
}

function parseProp(text: string): Prop | null {
  const colon = (() => {
    let inQuote = false;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '"') inQuote = !inQuote;
      else if (text[i] === ':' && !inQuote) return i;
    }
    return -1;
  })();
  if (colon < 0) return null;
  const [head, ...paramParts] = text.slice(0, colon).split(';');
  const dot = head!.lastIndexOf('.');
  const group = dot >= 0 ? head!.slice(0, dot).toLowerCase() : '';
  const name = (dot >= 0 ? head!.slice(dot + 1) : head!).toUpperCase();
  const params: Record<string, string[]> = {};
  for (const p of paramParts) {
    const eq = p.indexOf('=');
    // vCard 2.1 bare parameters (EMAIL;PREF;INTERNET) are types
    const key = eq < 0 ? (/^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT)$/i.test(p) ? 'ENCODING' : 'TYPE') : p.slice(0, eq).toUpperCase();
    const vals = (eq < 0 ? p : p.slice(eq + 1)).replace(/"/g, '').split(',');
    (params[key] ??= []).push(...vals.map((v) => v.trim()));
  }
  let value = text.slice(colon + 1);
  if (params.ENCODING?.some((e) => /quoted-printable/i.test(e))) value = decodeQuotedPrintable(value, params.CHARSET?.[0] ?? 'utf-8');
  return { group, name, params, value };
}

const typesOf = (p: Prop) => (p.params.TYPE ?? []).map((t) => t.toLowerCase());

/** vCard 2.1, 3.0 and 4.0 (Apple, Google, Outlook and others). */
export function parseVcards(text: string): ImportedContact[] {
  const lines = logicalLines(text);
  const contacts: ImportedContact[] = [];
  let props: Prop[] | null = null;
  let startLine = 0;
  for (const { text: l, line } of lines) {
    if (l.trim() === '') continue;
    if (/^BEGIN:VCARD$/i.test(l.trim())) {
      if (props) throw new CompeerError('UNSUPPORTED_FILE', `Line ${line}: a new card begins before the card on line ${startLine} ended (no END:VCARD). Nothing was imported.`);
      props = [];
      startLine = line;
      continue;
    }
    if (/^END:VCARD$/i.test(l.trim())) {
      if (!props) throw new CompeerError('UNSUPPORTED_FILE', `Line ${line}: END:VCARD without a BEGIN:VCARD. Nothing was imported.`);
      contacts.push(toContact(props, startLine));
      props = null;
      continue;
    }
    if (!props) throw new CompeerError('UNSUPPORTED_FILE', `Line ${line}: text outside a card ("${l.slice(0, 40)}"). Nothing was imported.`);
    const p = parseProp(l);
    if (!p) throw new CompeerError('UNSUPPORTED_FILE', `Line ${line}: "${l.slice(0, 40)}" is not a vCard property (NAME:value). Nothing was imported.`);
    props.push(p);
  }
  if (props) throw new CompeerError('UNSUPPORTED_FILE', `The card that begins on line ${startLine} never ends (no END:VCARD). Nothing was imported.`);
  return contacts;
}

const KNOWN = new Set(['BEGIN', 'END', 'VERSION', 'PRODID', 'FN', 'N', 'ORG', 'TITLE', 'ROLE', 'EMAIL', 'TEL', 'URL', 'NOTE', 'CATEGORIES', 'ADR', 'X-ABLABEL', 'X-SOCIALPROFILE', 'UID', 'REV', 'PHOTO', 'BDAY']);

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
        const [family = '', given = '', additional = '', prefix = '', suffix = ''] = splitUnescaped(p.value, ';').map((x) => unescape(x).trim());
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
        c.tags.push(...splitUnescaped(p.value, ',').map((x) => unescape(x).trim()).filter((t) => t && !/^mycontacts$/i.test(t) && !t.startsWith('*')));
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
        c.extra.push(['Birthday', parseLooseDate(v) ?? v]);
        break;
      }
      default:
        if (!KNOWN.has(p.name) && !p.name.startsWith('X-') && v) c.extra.push([p.name.charAt(0) + p.name.slice(1).toLowerCase(), v]);
    }
  }
  if (!c.name) c.name = structured || c.emails[0] || c.company;
  return c;
}
