import type { Series } from '../../domain/model';
import { NotBuiltArea } from '../placeholder/NotBuiltArea';

/** The desk area. Not built yet: says so plainly. */
export function DeskPage(_props: { series: Series }) {
  return <NotBuiltArea area="desk" />;
}
