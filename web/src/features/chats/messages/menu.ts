/**
 * Where focus goes in a menu of `count` items on a key (WAI-ARIA menu pattern): arrows wrap around, Home
 * and End jump to the ends; null for keys the menu leaves alone. From no focused item (-1) ArrowDown
 * starts at the first and ArrowUp at the last.
 */
export function nextMenuIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return index < 0 ? 0 : (index + 1) % count;
    case 'ArrowUp':
      return index < 0 ? count - 1 : (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
