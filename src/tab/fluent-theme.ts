import { Theme as FluentTheme, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/tokens';
import type { Theme } from './teams-host';

/** Teams' own Fluent 2 token sets, one per Teams theme. */
const THEMES: Record<Theme, FluentTheme> = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

/**
 * The page's colour variables (tab.css) from Teams' Fluent 2 design tokens: each variable is one token, so
 * the tab looks like Teams in every theme. tab.css carries the light values for the first paint.
 */
export function themeVariables(theme: Theme): Record<string, string> {
  const t = THEMES[theme];
  return {
    '--bg': t.colorNeutralBackground1,
    '--bg-2': t.colorNeutralBackground2,
    '--bg-3': t.colorNeutralBackground3,
    '--fg': t.colorNeutralForeground1,
    '--fg-2': t.colorNeutralForeground2,
    '--stroke': t.colorNeutralStroke1,
    '--brand': t.colorBrandBackground,
    '--brand-fg': t.colorNeutralForegroundOnBrand,
    '--brand-hover': t.colorBrandBackgroundHover,
    '--link': t.colorBrandForegroundLink,
    '--focus': t.colorStrokeFocus2,
    '--danger-bg': t.colorPaletteRedBackground1,
    '--danger-fg': t.colorPaletteRedForeground1,
    '--ok-bg': t.colorPaletteGreenBackground1,
    '--ok-fg': t.colorPaletteGreenForeground1,
    '--overdue': theme === 'contrast' ? t.colorNeutralBackground1 : t.colorPaletteRedBackground1,
    '--font': t.fontFamilyBase,
  };
}

/** Applies a Teams theme to the page: its tokens as CSS variables, and `data-theme` for the few rules that differ. */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  for (const [name, value] of Object.entries(themeVariables(theme))) root.style.setProperty(name, value);
}
