export const ROOT: string;
export const ALIASES: Readonly<Record<string, string>>;
export function absoluteAliases(): Record<string, string>;
