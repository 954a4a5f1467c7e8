import type { Series } from '../../domain/model';
import { NotBuiltArea } from '../placeholder/NotBuiltArea';

/** The plates area. Not built yet: says so plainly. */
export function PlatesPage(_props: { series: Series }) {
  return <NotBuiltArea area="plates" />;
}
