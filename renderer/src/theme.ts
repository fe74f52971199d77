import {
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * A colour given as a value (a peer type's hex) rather than a theme name: as text on its own
 * light tint it is mixed half-way towards the scheme's text colour, so it reads at 4.5:1 or
 * more in both schemes and keeps its hue.
 */
const readable = (color: string) => `color-mix(in srgb, ${color} 50%, var(--mantine-color-text))`;

const variantColorResolver: VariantColorsResolver = (input) => {
  const base = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor && (input.variant === 'light' || input.variant === 'outline' || input.variant === 'subtle')) {
    return {
      ...base,
      color: readable(parsed.value),
      border: input.variant === 'outline' ? `1px solid ${readable(parsed.value)}` : base.border,
    };
  }
  return base;
};

/**
 * Compeer's Mantine tokens: calm teal, generous radius, readable type. Every text colour the
 * theme hands out reaches WCAG AA (4.5:1) on the surfaces it is used on, light and dark:
 * the axe test in test/browser/a11y.test.ts checks every screen against it.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  // teal-9 carries white text at 5:1 (teal-6, Mantine's default, only 2.5:1)
  primaryShade: { light: 9, dark: 9 },
  // filled colours pick black or white text, whichever contrasts more (0.179 is where the two are equal)
  autoContrast: true,
  luminanceThreshold: 0.179,
  variantColorResolver,
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
  headings: { fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif', fontWeight: '650' },
  components: {
    Button: { defaultProps: { radius: 'md' } },
    PasswordInput: {
      defaultProps: { size: 'md', visibilityToggleFocusable: true, visibilityToggleButtonProps: { 'aria-label': 'Show passphrase' } },
    },
    TextInput: { defaultProps: { size: 'md' } },
    // an icon-only close button needs a name for screen readers
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } },
    CloseButton: { defaultProps: { 'aria-label': 'Close' } },
    // Mantine fades a quote's source to 60%, below 4.5:1
    Blockquote: { styles: { cite: { opacity: 1, color: 'var(--mantine-color-dimmed)' } } },
  },
});

const perColor = (colors: Record<string, unknown>, vars: (c: string) => Record<string, string>) =>
  Object.assign({}, ...Object.keys(colors).map(vars)) as Record<string, string>;

/** Dimmed text, errors and coloured text one or two shades stronger than Mantine's defaults. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    ...perColor(t.colors, (c) => ({
      // light variants (badges, alerts, the active nav item): shade 9 on shade 1 is 4.3:1 for teal, 2.7:1 for yellow
      [`--mantine-color-${c}-light-color`]: `color-mix(in srgb, var(--mantine-color-${c}-9) 70%, #000)`,
      // Mantine's hover goes a shade lighter from 9; go darker instead
      [`--mantine-color-${c}-filled-hover`]: `color-mix(in srgb, var(--mantine-color-${c}-9) 85%, #000)`,
    })),
    // gray-6 is 3.3:1 on white; gray-7 is 7:1
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-teal-9)',
    // text in orange, yellow or lime (c="orange") is too light even at shade 9
    '--mantine-color-orange-text': '#b03d0a',
    '--mantine-color-yellow-text': '#8a5a00',
    '--mantine-color-lime-text': '#4a7a0a',
    '--mantine-color-green-text': '#237a35',
    // a disabled button's words: gray-5 on gray-2 is 1.8:1, unreadable; this is 3.8:1 and still grey
    '--mantine-color-disabled-color': '#707780',
  },
  dark: {
    ...perColor(t.colors, (c) => ({ [`--mantine-color-${c}-filled-hover`]: `color-mix(in srgb, var(--mantine-color-${c}-9) 85%, #000)` })),
    // dark-2 is 4.0:1 on the dark body; this grey is 8:1 there and 4.7:1 on the darkest tinted alert
    '--mantine-color-dimmed': '#bebebe',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    '--mantine-color-anchor': 'var(--mantine-color-teal-3)',
    // a disabled button: dark-3 words on a dark-6 face (2.5:1) on the dark-7 body (1.1:1) were
    // faint; a face a shade lighter stands off the page and this grey on it is 4.4:1
    '--mantine-color-disabled': 'var(--mantine-color-dark-5)',
    '--mantine-color-disabled-color': '#a3a3a3',
  },
});

type ThemeChoice = 'light' | 'dark' | 'auto';
const THEME_KEY = 'compeer.theme';

/** The last theme chosen in a vault, for the screens before one is open (not confidential). */
export function rememberedTheme(): ThemeChoice {
  try {
    const v = window.localStorage.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

export function rememberTheme(choice: ThemeChoice): void {
  try {
    window.localStorage.setItem(THEME_KEY, choice);
  } catch {
    // storage refused: the screens before unlocking follow the system instead
  }
}
