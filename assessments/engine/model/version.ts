/** Pack versions are "<year>.<n>": "2025.1" < "2025.2" < "2026.1". */
export function compareVersions(a: string, b: string): number {
  const [ay = 0, an = 0] = a.split('.').map(Number);
  const [by = 0, bn = 0] = b.split('.').map(Number);
  return ay - by || an - bn;
}
